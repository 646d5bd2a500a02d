package io.vcdsim.query;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Urls;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The query filter language (FIQL as vCD speaks it), compiled to a SQL condition with bound values.
 * <pre>
 *   or    := and (',' and)*          ',' is OR
 *   and   := unit (';' unit)*        ';' is AND and binds tighter
 *   unit  := '(' or ')' | field op value
 *   op    := '==' | '!=' | '=lt=' | '=le=' | '=gt=' | '=ge='
 * </pre>
 * A backslash escapes the next character of a value (API 35.0+ sends {@code \( \) \, \;}); with
 * {@code filterEncoded=true} each value is URL-decoded once more (older pyvcloud double-encodes).
 * {@code *} in a string value is a wildcard.
 */
public final class Filter {
    private final String text;
    private final QueryType type;
    private final boolean encodedValues;
    private final List<Object> params;
    private final Set<String> pinned;
    /** How deep parentheses may nest: deep enough for any real filter, far from the parser's stack's end. */
    static final int MAX_DEPTH = 32;
    /** How many conditions one filter may join: each nests the SQL one level deeper. */
    static final int MAX_TERMS = 256;
    private int terms;
    private int pos;
    private int depth;
    private boolean topLevelOr;

    private Filter(String text, QueryType type, boolean encodedValues, List<Object> params, Set<String> pinned) {
        this.text = text;
        this.type = type;
        this.encodedValues = encodedValues;
        this.params = params;
        this.pinned = pinned;
    }

    /**
     * Compiles {@code text} to SQL, appending its bound values to {@code params} in order, and to
     * {@code pinned} the columns every matching row has one value of (a top-level {@code field==value}).
     */
    public static String toSql(String text, QueryType type, boolean encodedValues, List<Object> params,
                               Set<String> pinned) {
        Set<String> candidates = new HashSet<>();
        Filter f = new Filter(text, type, encodedValues, params, candidates);
        String sql = f.or();
        if (f.pos != text.length()) {
            throw f.error("unexpected '" + text.charAt(f.pos) + "'");
        }
        if (!f.topLevelOr) {
            pinned.addAll(candidates);
        }
        return sql;
    }

    private String or() {
        StringBuilder sql = new StringBuilder(and());
        while (peek(',')) {
            topLevelOr |= depth == 0;
            pos++;
            sql.insert(0, '(').append(" OR ").append(and()).append(')');
        }
        return sql.toString();
    }

    private String and() {
        StringBuilder sql = new StringBuilder(unit());
        while (peek(';')) {
            pos++;
            sql.insert(0, '(').append(" AND ").append(unit()).append(')');
        }
        return sql.toString();
    }

    private String unit() {
        if (peek('(')) {
            if (depth >= MAX_DEPTH) {
                throw error("parentheses nest deeper than " + MAX_DEPTH);
            }
            pos++;
            depth++;
            String inner = or();
            depth--;
            if (!peek(')')) {
                throw error("missing ')'");
            }
            pos++;
            return "(" + inner + ")";
        }
        if (++terms > MAX_TERMS) {
            throw error("more than " + MAX_TERMS + " conditions");
        }
        if (text.startsWith("metadata:", pos) || text.startsWith("metadata@", pos)) {
            return metadataCondition();
        }
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos)) || peek('.') || peek('_')) {
            pos++;
        }
        String fieldName = text.substring(start, pos);
        if (fieldName.isEmpty()) {
            throw error(pos < text.length() ? "expected a field name at '" + text.charAt(pos) + "'"
                    : "expected a field name at the end");
        }
        QueryField field = type.field(fieldName);
        if (field == null && fieldName.equals("id")) {
            // every object has an id, which a filter may name as href, URN or bare id (go-vcloud-director's id==urn)
            field = new QueryField("id", type.idSql(), QueryField.Type.REF, null, null, null, null);
        }
        if (field == null) {
            throw error("unknown field '" + fieldName + "' for query type " + type.name());
        }
        String op = operator();
        String value = value();
        return condition(field, op, value);
    }

    /**
     * {@code metadata[@DOMAIN]:key op TYPE:value} (go-vcloud-director's queryByMetadataFilter): the object has an
     * entry under that key, of that type, whose value compares so. Entries only system administrators may see
     * (PRIVATE) match no filter.
     */
    private String metadataCondition() {
        MetadataName name = MetadataName.parse(text.substring(pos, keyEnd()));
        if (name == null) {
            throw error("a metadata field is metadata:key, metadata@SYSTEM:key or metadata@GENERAL:key");
        }
        pos = keyEnd();
        if (!type.metadata()) {
            throw error("query type " + type.name() + " has no metadata to filter on");
        }
        String op = operator();
        String value = value();
        int colon = value.indexOf(':');
        String valueType = colon < 0 ? "" : value.substring(0, colon).toUpperCase(java.util.Locale.ROOT);
        String raw = colon < 0 ? "" : value.substring(colon + 1);
        params.add(name.domain());
        params.add(name.key());
        String sqlOp = SQL_OPS.get(op);
        String compare = switch (valueType) {
            case "STRING" -> {
                if (raw.contains("*") && (op.equals("==") || op.equals("!="))) {
                    params.add(likePattern(raw));
                    yield "md.value_type = 'MetadataStringValue' AND md.text" + (op.equals("==") ? " LIKE ?"
                            : " NOT LIKE ?") + " ESCAPE '!'";
                }
                params.add(raw);
                yield "md.value_type = 'MetadataStringValue' AND md.text " + sqlOp + " ?";
            }
            case "NUMBER" -> {
                try {
                    params.add(Long.parseLong(raw.trim()));
                } catch (NumberFormatException e) {
                    throw error("'" + raw + "' is not a whole number (metadata " + name.key() + ")");
                }
                // the cast only where the entry is a number: PostgreSQL may evaluate a condition in any order
                yield "CASE WHEN md.value_type = 'MetadataNumberValue' THEN CAST(md.text AS BIGINT) END " + sqlOp
                        + " ?";
            }
            case "BOOLEAN" -> {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    throw error("'" + raw + "' is not true or false (metadata " + name.key() + ")");
                }
                params.add(raw.toLowerCase(java.util.Locale.ROOT));
                yield "md.value_type = 'MetadataBooleanValue' AND md.text " + sqlOp + " ?";
            }
            case "DATETIME" -> {
                try {
                    OffsetDateTime.parse(raw.trim());
                } catch (DateTimeParseException e) {
                    throw error("'" + raw + "' is not an ISO-8601 date and time (metadata " + name.key() + ")");
                }
                // compared as written: entries and filters written alike (as clients write them) compare right
                params.add(raw.trim());
                yield "md.value_type = 'MetadataDateTimeValue' AND md.text " + sqlOp + " ?";
            }
            default -> throw error("a metadata value is TYPE:value, its TYPE one of STRING, NUMBER, BOOLEAN, "
                    + "DATETIME");
        };
        return "EXISTS (SELECT 1 FROM metadata md WHERE md.entity_id = " + type.idSql() + " AND md.domain = ? AND "
                + "md.meta_key = ? AND md.visibility <> 'PRIVATE' AND " + compare + ")";
    }

    /** Where a metadata field's name ends: at its operator. */
    private int keyEnd() {
        int end = pos;
        while (end < text.length() && text.charAt(end) != '=' && text.charAt(end) != '!') {
            end++;
        }
        return end;
    }

    private String operator() {
        for (String op : new String[]{"==", "!=", "=lt=", "=le=", "=gt=", "=ge="}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        throw error("expected one of == != =lt= =le= =gt= =ge=");
    }

    private String value() {
        StringBuilder v = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                v.append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (c == ';' || c == ',' || c == ')') {
                break;
            }
            v.append(c);
            pos++;
        }
        String s = v.toString();
        // a doubly encoded value's '+' can only be an encoded space (go-vcloud-director's url.QueryEscape writes it);
        // a '+' of the value itself arrives as %2B
        return encodedValues ? Urls.decodeForm(s) : s;
    }

    private static final Map<String, String> SQL_OPS = Map.of("==", "=", "!=", "<>", "=lt=", "<", "=le=", "<=",
            "=gt=", ">", "=ge=", ">=");

    private String condition(QueryField field, String op, String value) {
        String sqlOp = SQL_OPS.get(op);
        if (field.type() == QueryField.Type.STRING && value.contains("*") && (op.equals("==") || op.equals("!="))) {
            params.add(likePattern(value));
            return field.sql() + (op.equals("==") ? " LIKE ?" : " NOT LIKE ?") + " ESCAPE '!'";
        }
        params.add(typed(field, value));
        if (op.equals("==") && depth == 0) {
            pinned.add(field.sql());
        }
        return field.sql() + " " + sqlOp + " ?";
    }

    /**
     * A value with {@code *} wildcards as a LIKE pattern, its own % and _ escaped: '!' is the escape character (a
     * backslash would confuse Jdbi's parsing of the SQL literal {@code ESCAPE '!'}).
     */
    private static String likePattern(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace('*', '%');
    }

    private Object typed(QueryField field, String value) {
        switch (field.type()) {
            case INT:
                try {
                    return Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw error("'" + value + "' is not a number (field " + field.name() + ")");
                }
            case BOOL:
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.parseBoolean(value.toLowerCase());
                }
                throw error("'" + value + "' is not true or false (field " + field.name() + ")");
            case DATE:
                try {
                    return OffsetDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    try {
                        return Instant.parse(value).atOffset(java.time.ZoneOffset.UTC);
                    } catch (DateTimeParseException e2) {
                        throw error("'" + value + "' is not an ISO-8601 date and time (field " + field.name() + ")");
                    }
                }
            case REF:
                UUID id = Ids.fromAny(value);
                if (id == null) {
                    throw error("'" + value + "' is not an href, URN or id (field " + field.name() + ")");
                }
                return id;
            default:
                if (field.values() != null && !field.values().contains(value)) {
                    throw error("Value '" + value + "' not found: " + field.name() + " is one of "
                            + String.join(", ", new java.util.TreeSet<>(field.values())));
                }
                return value;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private ApiException error(String what) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return ApiException.badRequest("Bad filter '" + shown + "' at position " + pos + ": " + what + ".");
    }

}
