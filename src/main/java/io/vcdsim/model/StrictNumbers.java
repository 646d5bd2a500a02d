package io.vcdsim.model;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * XML integers read as Java reads them: a number past its type is an error (a 400), where JAXB's own parser
 * wraps it around (4294967297 read as an int is 1). Applied to the whole model package by its package-info.
 */
public final class StrictNumbers {
    private StrictNumbers() {
    }

    public static final class Int extends XmlAdapter<String, Integer> {
        @Override
        public Integer unmarshal(String v) {
            try {
                return v == null ? null : Integer.valueOf(plain(v));
            } catch (NumberFormatException e) {
                throw new NumberFormatException(v.strip() + " is not an integer from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE + ".");
            }
        }

        @Override
        public String marshal(Integer v) {
            return v == null ? null : v.toString();
        }
    }

    public static final class Long extends XmlAdapter<String, java.lang.Long> {
        @Override
        public java.lang.Long unmarshal(String v) {
            try {
                return v == null ? null : java.lang.Long.valueOf(plain(v));
            } catch (NumberFormatException e) {
                throw new NumberFormatException(v.strip() + " is not an integer from " + java.lang.Long.MIN_VALUE
                        + " to " + java.lang.Long.MAX_VALUE + ".");
            }
        }

        @Override
        public String marshal(java.lang.Long v) {
            return v == null ? null : v.toString();
        }
    }

    /** As XML Schema writes integers: surrounding white space and a leading + allowed. */
    private static String plain(String v) {
        String t = v.strip();
        return t.startsWith("+") ? t.substring(1) : t;
    }
}
