package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The runtime's page types as a repository names them: the parser recognises a {@code Page} return
 * type by {@link #PAGE}, and a method's page request is its last parameter when that is a {@link
 * #PAGE_REQUEST}. The rules for page finders are the validator's ({@code PageFinders}).
 */
public final class PageTypes {
  /** The qualified name of the runtime's page type. */
  public static final String PAGE = "dev.pgtrickle.dao.runtime.Page";

  /** The runtime's page request type. */
  public static final ClassName PAGE_REQUEST =
      ClassName.get("dev.pgtrickle.dao.runtime", "PageRequest");

  private PageTypes() {}

  /** The last parameter, if it is a {@code PageRequest}; else null. */
  public static Repository.Parameter pageRequest(List<Repository.Parameter> parameters) {
    if (parameters.isEmpty()) {
      return null;
    }
    Repository.Parameter last = parameters.get(parameters.size() - 1);
    return PAGE_REQUEST.equals(last.typeName()) ? last : null;
  }
}
