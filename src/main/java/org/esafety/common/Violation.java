package org.esafety.common;

/** One problem with a request: {@code field} is the path from the body root ("parties[0].age"). */
public record Violation(String field, String message) {
}
