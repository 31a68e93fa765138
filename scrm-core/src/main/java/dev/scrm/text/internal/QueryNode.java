package dev.scrm.text.internal;

import dev.scrm.text.QueryField;
import java.util.List;
import java.util.Objects;

/** The syntax tree of a listening query; records, so equal trees are equal queries. */
public sealed interface QueryNode {

    /** All of the children. */
    record And(List<QueryNode> children) implements QueryNode {
        /** Copies the children. */
        public And {
            children = List.copyOf(children);
        }
    }

    /** Any of the children. */
    record Or(List<QueryNode> children) implements QueryNode {
        /** Copies the children. */
        public Or {
            children = List.copyOf(children);
        }
    }

    /** Not the child. */
    record Not(QueryNode child) implements QueryNode {
        /** Checks the child. */
        public Not {
            Objects.requireNonNull(child, "child");
        }
    }

    /** Both sides, at most {@code distance} tokens apart; {@code ordered}: left before right. */
    record Near(QueryNode left, QueryNode right, int distance, boolean ordered) implements QueryNode {
        /** Checks the sides. */
        public Near {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A bare term as written: may start with {@code #}, {@code @} or {@code $}, may hold {@code *} and {@code ?}. */
    record Term(String text) implements QueryNode {
        /** Checks the text. */
        public Term {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A quoted phrase, unescaped. */
    record Phrase(String text) implements QueryNode {
        /** Checks the text. */
        public Phrase {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A field filter; the value is a term, a phrase or a Boolean group of them. */
    record Field(QueryField field, QueryNode value) implements QueryNode {
        /** Checks the parts. */
        public Field {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }
}
