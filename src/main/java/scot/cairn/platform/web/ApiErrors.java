package scot.cairn.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.VersionRequiredException;

/**
 * RFC 9457 Problem Details for the JSON API. Validation problems carry an {@code errors} list of
 * {@code {field, message}} with the same messages the pages show.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    record FieldMessage(String field, String message) {}

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A path that names nothing is not found; a query parameter that cannot be read is invalid input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPath(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such " + e.getName());
        }
        var message = NestedExceptionUtils.getMostSpecificCause(e) instanceof NumberFields.NumberProblem p
                ? p.getMessage()
                : "'" + e.getValue() + "' is not a valid " + e.getName();
        return invalid(List.of(new FieldMessage(e.getName(), message)));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.fieldErrors().entrySet().stream()
                .map(entry -> new FieldMessage(entry.getKey(), entry.getValue()))
                .toList());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        return problem;
    }

    /** Two writers passed the version check at the same moment: the database refused the later one. */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ProblemDetail raced(RuntimeException e) {
        return conflict(new ConcurrentChangeException("record"));
    }

    @ExceptionHandler(DbActionExecutionException.class)
    ProblemDetail failedSave(DbActionExecutionException e) {
        if (e.getCause() instanceof ConcurrencyFailureException || e.getCause() instanceof DuplicateKeyException) {
            return raced(e);
        }
        throw e;
    }

    @ExceptionHandler(VersionRequiredException.class)
    ProblemDetail versionRequired(VersionRequiredException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
        problem.setTitle("Version required");
        problem.setProperties(Map.of("errors", List.of(new FieldMessage("version", e.getMessage()))));
        return problem;
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                e instanceof ForbiddenException ? e.getMessage() : "Your account may not do this.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldMessage(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = BodyLimit.tooLarge(ex);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.getMessage(), ""));
        }
        var field = JsonProblems.fieldOf(ex);
        var message = JsonProblems.messageOf(ex);
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldMessage(field, message))));
    }

    /** 413 with the refusal as the detail and as the one field error. */
    static ProblemDetail tooLarge(String message, String field) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
        problem.setTitle("Too large");
        problem.setProperties(Map.of("errors", List.of(new FieldMessage(field, message))));
        return problem;
    }

    static ProblemDetail invalid(List<FieldMessage> errors) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                String.join(" ", errors.stream().map(FieldMessage::message).toList()));
        problem.setTitle("Invalid input");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }
}
