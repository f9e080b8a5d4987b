package scot.cairn.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
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
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.VersionRequiredException;

/**
 * RFC 9457 Problem Details for the JSON API, with {@code title} and {@code detail} in the language the request asks
 * for ({@code Accept-Language}). Validation problems carry an {@code errors} list of {@code {field, message}} with the
 * same messages the pages show.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    record FieldMessage(String field, String message) {}

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "platform.problem.notFound", Message.of("platform.notFound.detail"));
    }

    /** A path that names nothing is not found; a query parameter that cannot be read is invalid input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPath(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(null);
        }
        var message = NestedExceptionUtils.getMostSpecificCause(e) instanceof NumberFields.NumberProblem p
                ? p.problem()
                : Message.of("platform.json.invalidValue", String.valueOf(e.getValue()), e.getName());
        return invalid(List.of(new FieldMessage(e.getName(), text(message))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.fieldErrors().entrySet().stream()
                .map(entry -> new FieldMessage(entry.getKey(), text(entry.getValue())))
                .toList());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, e.titleKey(), e.reason());
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
        var problem = problem(
                HttpStatus.PRECONDITION_REQUIRED, "platform.problem.versionRequired", VersionRequiredException.REASON);
        problem.setProperties(
                Map.of("errors", List.of(new FieldMessage("version", text(VersionRequiredException.REASON)))));
        return problem;
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "platform.problem.forbidden",
                e instanceof ForbiddenException f ? f.reason() : Message.of("platform.forbidden.detail"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldMessage(f.getField(), text(f)))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = BodyLimit.tooLarge(ex);
        if (tooLarge != null) {
            var refusal = text(tooLarge.refusal());
            var problem = problem(HttpStatus.CONTENT_TOO_LARGE, "platform.problem.tooLarge", tooLarge.refusal());
            problem.setProperties(Map.of("errors", List.of(new FieldMessage("", refusal))));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        var field = JsonProblems.fieldOf(ex);
        var message = JsonProblems.messageOf(ex);
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldMessage(field, text(message)))));
    }

    /** A required query or form parameter left out: a field error naming it, like every other refusal. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return missing(ex.getParameterName());
    }

    /** A required part of a multipart request (a file) left out. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return missing(ex.getRequestPartName());
    }

    private ResponseEntity<Object> missing(String name) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new FieldMessage(name, text(Message.of("platform.api.missing", name))))));
    }

    private ProblemDetail invalid(List<FieldMessage> errors) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                String.join(" ", errors.stream().map(FieldMessage::message).toList()));
        problem.setTitle(text(Message.of("platform.problem.invalid")));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, Message detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, text(detail));
        problem.setTitle(text(Message.of(titleKey)));
        return problem;
    }

    private String text(MessageSourceResolvable message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }
}
