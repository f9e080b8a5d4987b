package scot.cairn.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.VersionRequiredException;

/**
 * Friendly error pages for the web pages; never a stack trace. Each keeps the site's navigation and offers a link back
 * to where the person was: the page they came from on this site, or else the partnership they were in.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Pattern PARTNERSHIP = Pattern.compile("^/partnerships/(\\d+)(/.*)?$");

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationDeniedException.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(RuntimeException e, HttpServletRequest request, Model model) {
        model.addAttribute("message", e instanceof ForbiddenException f ? text(f.reason()) : null);
        model.addAttribute("back", back(request));
        return "error/403";
    }

    @ExceptionHandler({ConcurrentChangeException.class, InvalidInputException.class, VersionRequiredException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(RuntimeException e, HttpServletRequest request, Model model) {
        String message;
        if (e instanceof InvalidInputException invalid) {
            message = String.join(
                    " ", invalid.fieldErrors().values().stream().map(this::text).toList());
        } else if (e instanceof VersionRequiredException) {
            message = text(VersionRequiredException.REASON);
        } else {
            message = text(((ConcurrentChangeException) e).reason());
        }
        model.addAttribute("message", message);
        model.addAttribute("back", back(request));
        return "error/refused";
    }

    /** Something in the request cannot be stored at all, such as a hidden NUL character: refused before any page ran. */
    @ExceptionHandler(RefusedRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(RefusedRequestException e, HttpServletRequest request, Model model) {
        return refused(e, request, model);
    }

    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String raced(HttpServletRequest request, Model model) {
        return refused(new ConcurrentChangeException("record"), request, model);
    }

    /**
     * A save Spring Data JDBC could not run: when another request got there first (a duplicate key, a lost lock), the
     * same page as any other race; anything else is not the person's doing and stays an error.
     */
    @ExceptionHandler(org.springframework.data.relational.core.conversion.DbActionExecutionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String failedSave(
            org.springframework.data.relational.core.conversion.DbActionExecutionException e,
            HttpServletRequest request,
            Model model) {
        if (e.getCause() instanceof ConcurrencyFailureException || e.getCause() instanceof DuplicateKeyException) {
            return raced(request, model);
        }
        throw e;
    }

    private String text(Message message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    /**
     * Where "Go back" leads: the page on this site the request came from, else the partnership's overview when the
     * address is inside one, else the list of partnerships.
     */
    static String back(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                var from = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(from.getHost())
                        && from.getPath() != null
                        && from.getPath().startsWith("/")
                        && !from.getPath().equals(request.getRequestURI())) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException badHeader) {
                // Not an address: fall back to the partnership.
            }
        }
        var m = PARTNERSHIP.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        return m.matches() ? "/partnerships/" + m.group(1) : "/partnerships";
    }
}
