package dev.scrm.text;

import dev.scrm.core.Interaction;
import dev.scrm.text.internal.QueryCompiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tags interactions with the brands and competitors they mention, each brand being defined by a
 * {@link ListeningQuery}. The text is tokenised once per interaction, whatever the number of brands.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * BrandTagger tagger = BrandTagger.of(List.of(
 *         Brand.own("acme", "acme OR #acme OR @acme"),
 *         Brand.competitor("globex", "globex NOT \"globex corporation jobs\"")));
 * Interaction tagged = tagger.tag(interaction); // brands() now holds "acme" and/or "globex"
 * }</pre>
 */
public final class BrandTagger {

    private final List<Brand> brands;

    private BrandTagger(List<Brand> brands) {
        this.brands = brands;
    }

    /**
     * A tagger for these brands.
     *
     * @param brands the brands, in the order results are reported
     * @return the tagger
     * @throws NullPointerException if the collection or a brand is null
     * @throws IllegalArgumentException if two brands have the same name
     */
    public static BrandTagger of(Collection<Brand> brands) {
        Objects.requireNonNull(brands, "brands");
        Set<String> names = new HashSet<>();
        for (Brand b : brands) {
            Objects.requireNonNull(b, "brand");
            if (!names.add(b.name())) {
                throw new IllegalArgumentException("brand '" + b.name() + "' is defined twice");
            }
        }
        return new BrandTagger(List.copyOf(brands));
    }

    /**
     * The brands this tagger knows.
     *
     * @return the brands, in order
     */
    public List<Brand> brands() {
        return brands;
    }

    /**
     * The brands an interaction mentions.
     *
     * @param interaction the interaction
     * @return the matching brands, in this tagger's order
     * @throws NullPointerException if {@code interaction} is null
     */
    public List<Brand> matching(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        QueryCompiler.Context ctx = ListeningQuery.context(interaction);
        List<Brand> out = new ArrayList<>();
        for (Brand b : brands) {
            if (b.query().matches(ctx)) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A copy of the interaction whose {@link Interaction#brands()} also holds the names of the brands it
     * mentions; brands already on it are kept.
     *
     * @param interaction the interaction
     * @return the tagged interaction, or the same one when nothing new matched
     * @throws NullPointerException if {@code interaction} is null
     */
    public Interaction tag(Interaction interaction) {
        List<Brand> found = matching(interaction);
        Set<String> names = new TreeSet<>(interaction.brands());
        boolean changed = false;
        for (Brand b : found) {
            changed |= names.add(b.name());
        }
        return changed ? interaction.withBrands(names) : interaction;
    }
}
