package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The compilation-wide choices the writer needs besides the model: which annotations the generated
 * code carries. Both are decided once, from the options and the compile classpath.
 *
 * @param generated {@code javax.annotation.processing.Generated}, or null where it does not exist
 *     (compiling for Java 8)
 * @param inject the {@code @Inject} annotation for the constructor, or null for none
 */
public record Settings(ClassName generated, ClassName inject) {}
