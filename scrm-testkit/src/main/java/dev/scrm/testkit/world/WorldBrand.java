package dev.scrm.testkit.world;

import dev.scrm.text.Brand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A brand of the synthetic world: the client brand or one of its competitors.
 *
 * <p>Posts name a brand in three ways: by its {@code name} ("Lumetra"), by its hashtag ({@code #lumetra}) or by
 * an {@code @} mention of its handle. Immutable and thread-safe.
 *
 * @param id the brand's stable identifier, lower-case letters and digits, for example {@code lumetra}
 * @param name the name as people write it, for example {@code Lumetra}
 * @param hashtag the brand hashtag without {@code #}, lower-case
 * @param handle the brand's account handle on every platform, without {@code @}
 * @param products product names people mention, at least one; each starts with the brand's name or not
 * @param own whether this is the client brand (exactly one brand of a world is)
 * @param weight the brand's relative share of conversation before campaigns and incidents, above 0
 */
public record WorldBrand(String id, String name, String hashtag, String handle, List<String> products, boolean own,
        double weight) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,31}");

    /**
     * Validates the brand.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the id, hashtag or handle is malformed, there is no product, or the
     *     weight is not positive
     */
    public WorldBrand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hashtag, "hashtag");
        Objects.requireNonNull(handle, "handle");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("brand id must be 2-32 lower-case letters or digits");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("brand name must not be blank");
        }
        if (!ID.matcher(hashtag).matches()) {
            throw new IllegalArgumentException("brand hashtag must be 2-32 lower-case letters or digits");
        }
        if (!ID.matcher(handle).matches()) {
            throw new IllegalArgumentException("brand handle must be 2-32 lower-case letters or digits");
        }
        products = List.copyOf(Objects.requireNonNull(products, "products"));
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a brand needs at least one product");
        }
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("brand weight must be a positive number, was " + weight);
        }
    }

    /**
     * The four brands of the default world: the client brand Lumetra and its competitors Sonaro, Vantix and
     * Halcyon Audio, all made-up names in consumer audio (earbuds, headphones, speakers).
     *
     * <p>"Halcyon" is also an ordinary English word, so the default world contains a few posts that use the
     * word without meaning the brand: a listening query must not count them.
     *
     * @return the brands, client brand first
     */
    public static List<WorldBrand> defaults() {
        return List.of(
                new WorldBrand("lumetra", "Lumetra", "lumetra", "lumetra",
                        List.of("Lumetra Pulse", "Lumetra Air 2", "Lumetra Studio", "Lumetra Go"), true, 0.34),
                new WorldBrand("sonaro", "Sonaro", "sonaro", "sonaro",
                        List.of("Sonaro Q5", "Sonaro Arc", "Sonaro Mini"), false, 0.29),
                new WorldBrand("vantix", "Vantix", "vantix", "vantixaudio",
                        List.of("Vantix Flow", "Vantix Boom", "Vantix Flow Pro"), false, 0.22),
                new WorldBrand("halcyon", "Halcyon Audio", "halcyonaudio", "halcyonaudio",
                        List.of("Halcyon One", "Halcyon Buds"), false, 0.15));
    }

    /**
     * The listening query a brand team would write for this brand: its name (quoted when it has a space), its
     * hashtag, its handle, {@code @} mentions of its handle and its products, joined by {@code OR}; a client
     * brand becomes {@link Brand#own own}, a competitor {@link Brand#competitor competitor}.
     *
     * @return the brand for a {@link dev.scrm.text.BrandTagger}, named by this brand's id
     */
    public Brand listeningBrand() {
        List<String> terms = new ArrayList<>();
        terms.add(name.contains(" ") ? "\"" + name + "\"" : name);
        terms.add(hashtag);
        terms.add(handle);
        terms.add("@" + handle + "*");
        products.forEach(p -> terms.add("\"" + p + "\""));
        String query = String.join(" OR ", terms);
        return own ? Brand.own(id, query) : Brand.competitor(id, query);
    }
}
