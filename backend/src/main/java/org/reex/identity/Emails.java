package org.reex.identity;

import java.util.Locale;

final class Emails {

    private Emails() {
    }

    /** One spelling per mailbox: trimmed and lower-cased. */
    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
