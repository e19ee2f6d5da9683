package dev.pgtrickle.dao.processor.parse;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Access;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Reports {@code @StreamTableView} on local types (declared in a method, initializer or lambda, or
 * inside an anonymous class). javac never shows local types to annotation processors, so without
 * this the annotation would be ignored without a word. They are found in the syntax trees of each
 * round's sources, through javac's {@link Trees}; under another compiler this finds nothing. javac
 * calls the processor only for rounds whose sources carry an annotation it supports outside local
 * types, so a compilation whose only {@code @StreamTableView} is on a local type still goes
 * unreported.
 */
public final class LocalTypes {
  private static final String PACKAGE = "dev.pgtrickle.dao.annotations";
  private static final String SIMPLE_NAME = "StreamTableView";

  private final Trees trees;

  private LocalTypes(Trees trees) {
    this.trees = trees;
  }

  public static LocalTypes of(ProcessingEnvironment environment) {
    try {
      return new LocalTypes(Trees.instance(environment));
    } catch (IllegalArgumentException notJavac) {
      return new LocalTypes(null);
    }
  }

  /** Reports every annotated local type in the sources of {@code round}. */
  public void report(RoundEnvironment round) {
    if (trees == null) {
      return;
    }
    for (Element root : round.getRootElements()) {
      TreePath path = trees.getPath(root);
      if (path != null) {
        new Finder(path.getCompilationUnit()).scan(path, null);
      }
    }
  }

  private final class Finder extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final boolean imported;

    Finder(CompilationUnitTree unit) {
      this.unit = unit;
      this.imported = importsAnnotation(unit);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      if (isLocal(getCurrentPath()) && isAnnotated(tree)) {
        report(tree);
      }
      return super.visitClass(tree, unused);
    }

    private void report(ClassTree tree) {
      String name = tree.getSimpleName().toString();
      Report report = new Report();
      if (tree.getKind() != Tree.Kind.RECORD) {
        String keyword = keyword(tree.getKind());
        report.error(Message.NOT_A_RECORD, Position.NONE, keyword, name, name);
      }
      report.error(
          Message.NOT_ACCESSIBLE,
          Position.NONE,
          keyword(tree.getKind()) + " " + name,
          Access.LOCAL_REASON,
          name + "Dao",
          Access.LOCAL_FIX);
      // Trees, unlike the Messager, can point at a tree that has no element.
      for (Report.Problem problem : report.problems()) {
        trees.printMessage(Diagnostic.Kind.ERROR, problem.text(), tree, unit);
      }
    }

    private boolean isAnnotated(ClassTree tree) {
      for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
        String type = annotation.getAnnotationType().toString();
        if (type.equals(PACKAGE + "." + SIMPLE_NAME) || imported && type.equals(SIMPLE_NAME)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A type is local if a method body, initializer, lambda or anonymous class encloses it. */
  private static boolean isLocal(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree.Kind kind = p.getLeaf().getKind();
      if (kind == Tree.Kind.BLOCK
          || kind == Tree.Kind.LAMBDA_EXPRESSION
          || kind == Tree.Kind.NEW_CLASS) {
        return true;
      }
    }
    return false;
  }

  private static boolean importsAnnotation(CompilationUnitTree unit) {
    if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
      return true;
    }
    for (ImportTree imported : unit.getImports()) {
      String name = imported.getQualifiedIdentifier().toString();
      if (!imported.isStatic()
          && (name.equals(PACKAGE + "." + SIMPLE_NAME) || name.equals(PACKAGE + ".*"))) {
        return true;
      }
    }
    return false;
  }

  /** How a class tree's kind is written in source: its kinds are named as the elements' are. */
  private static String keyword(Tree.Kind kind) {
    return Parser.keyword(ElementKind.valueOf(kind.name()));
  }
}
