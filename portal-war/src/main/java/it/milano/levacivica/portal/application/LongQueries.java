package it.milano.levacivica.portal.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database's answer limits of a request (a few seconds: a hanging database fails requests fast, issue 16) do not
 * apply inside the annotated method: background work whose queries may take minutes (the year's report at national
 * scale) waits for them, up to {@code portal.db.longQuerySeconds}. Only on a method that runs in a transaction of its
 * own, off any request.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LongQueries {
}
