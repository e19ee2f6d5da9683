package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.beans.Introspector;
import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Registers every generated DAO and repository implementation that the processor's index lists
 * ({@link DaoIndex}) in the application's packages (those of {@code @SpringBootApplication} and
 * {@code @AutoConfigurationPackage}; every listed type when there are none), as a singleton named
 * like a scanned component ({@code orderTotalsDao}), constructed with the starter's data source
 * ({@link PgTrickleDaoAutoConfiguration#DATA_SOURCE}).
 *
 * <p>It backs off per type: a DAO is not registered when the context already has a bean of its
 * class, nor an implementation when it has a bean of its repository (the user's own, or one found
 * by component scanning when the DAOs carry the spring option's {@code @Component}), nor either
 * when its bean name is taken. Auto-configuration runs after the application's own configuration,
 * so those beans are known here.
 */
final class StreamTableDaoRegistrar
    implements ImportBeanDefinitionRegistrar, BeanFactoryAware, BeanClassLoaderAware {
  private BeanFactory beanFactory;
  private ClassLoader classLoader;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    List<String> packages =
        AutoConfigurationPackages.has(beanFactory)
            ? AutoConfigurationPackages.get(beanFactory)
            : List.of();
    ListableBeanFactory beans = (ListableBeanFactory) beanFactory;
    for (String name : DaoIndex.read(classLoader)) {
      if (!packages.isEmpty() && packages.stream().noneMatch(p -> inPackage(name, p))) {
        continue;
      }
      Class<?> type = load(name);
      if (type == null) {
        continue; // listed by an index on the path, but not loadable here
      }
      Class<?> key = StreamTableDao.class.isAssignableFrom(type) ? type : finderInterface(type);
      String beanName = Introspector.decapitalize(type.getSimpleName());
      if (beans.getBeanNamesForType(key, true, false).length > 0
          || registry.containsBeanDefinition(beanName)) {
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(type);
      definition
          .getConstructorArgumentValues()
          .addIndexedArgumentValue(
              0, new RuntimeBeanReference(PgTrickleDaoAutoConfiguration.DATA_SOURCE));
      registry.registerBeanDefinition(beanName, definition);
    }
  }

  private static boolean inPackage(String className, String packageName) {
    return packageName.isEmpty() || className.startsWith(packageName + ".");
  }

  private Class<?> load(String name) {
    try {
      return ClassUtils.forName(name, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  /** The interface an {@code <Interface>Impl} implements: its only one. */
  private static Class<?> finderInterface(Class<?> implementation) {
    Class<?>[] interfaces = implementation.getInterfaces();
    return interfaces.length == 1 ? interfaces[0] : implementation;
  }
}
