package scot.cairn.support;

import java.util.UUID;

/** Unique names for records tests create, so tests never collide on a shared database. */
public final class Unique {

    private Unique() {}

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String name(String prefix) {
        return prefix + " " + suffix();
    }
}
