package scot.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.ResultActions;

/** How a refused change looks: the form again with its error summary, or a 400 problem naming the field. */
public final class Refusals {

    private Refusals() {}

    /** The form again (200), with the refusal in its GOV.UK error summary. */
    public static void onPage(ResultActions result, String message) throws Exception {
        result.andExpect(status().isOk());
        assertThat(Requests.text(result)).contains("There is a problem", message);
    }

    /** A 400 Problem Details whose first error is the refusal on {@code field}. */
    public static void inApi(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }
}
