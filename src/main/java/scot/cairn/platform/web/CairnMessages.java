package scot.cairn.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;
import scot.cairn.platform.Message;

/**
 * Spring's bundle-backed messages, plus one thing they cannot do alone: a {@link Message#joined joined} message reads
 * as its parts in the reader's language, each translated, separated as that language separates them.
 */
public class CairnMessages extends ResourceBundleMessageSource {

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (Message.JOINED.equals(code) && args != null) {
            var where = locale == null ? Locale.ENGLISH : locale;
            var separator = getMessage("platform.joined.separator", null, "; ", where);
            return Arrays.stream(resolveArguments(args, where))
                    .map(String::valueOf)
                    .collect(Collectors.joining(separator));
        }
        return super.getMessageInternal(code, args, locale);
    }
}
