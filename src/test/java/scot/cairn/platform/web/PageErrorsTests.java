package scot.cairn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import scot.cairn.platform.ConcurrentChangeException;

/** A save that lost a race (two first declarations at once, say) is the "changed meanwhile" page, not an error. */
class PageErrorsTests {

    private final PageErrors errors;

    PageErrorsTests() {
        var messages = new StaticMessageSource();
        messages.addMessage(ConcurrentChangeException.REASON.key(), Locale.getDefault(), "Someone changed it first");
        messages.setUseCodeAsDefaultMessage(true);
        errors = new PageErrors(messages);
    }

    @Test
    void aDuplicateKeyFromASaveIsARace() {
        var model = new ExtendedModelMap();
        var view = errors.failedSave(
                new DbActionExecutionException(null, new DuplicateKeyException("tendering_declaration_once")),
                new MockHttpServletRequest("POST", "/partnerships/7/declarations"),
                model);
        assertThat(view).isEqualTo("error/refused");
        assertThat(model.getAttribute("back")).isEqualTo("/partnerships/7");
    }

    @Test
    void anyOtherFailedSaveStaysAnError() {
        var failure = new DbActionExecutionException(null, new DataIntegrityViolationException("too long"));
        assertThatThrownBy(() -> errors.failedSave(
                        failure, new MockHttpServletRequest("POST", "/partnerships/7"), new ExtendedModelMap()))
                .isSameAs(failure);
    }
}
