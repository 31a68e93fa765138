package dev.scrm.examples.demo.internal;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldBrand;
import dev.scrm.text.Brand;
import dev.scrm.text.BrandTagger;
import dev.scrm.text.VaderSentimentAnalyzer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text analysis of each pulled item: VADER sentiment, brand tags from one listening query per brand, and the
 * direction: an item posted by one of the tracked brands' own accounts is the brand speaking (outbound), not a
 * mention. Immutable and thread-safe.
 */
public final class Analysis {

    private final BrandTagger tagger;
    private final VaderSentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
    private final Set<String> brandHandles = new HashSet<>();
    private final Set<String> ownHandles = new HashSet<>();

    /**
     * Analysis for these tracked brands.
     *
     * @param brands the brands, the client's first
     * @param platforms the platforms whose brand accounts are known
     */
    public Analysis(List<WorldBrand> brands, List<Platform> platforms) {
        this.tagger = BrandTagger.of(brands.stream().map(WorldBrand::listeningBrand).toList());
        for (WorldBrand b : brands) {
            for (Platform p : platforms) {
                brandHandles.add(normalHandle(SyntheticWorld.brandHandle(b, p)));
                if (b.own()) {
                    ownHandles.add(normalHandle(SyntheticWorld.brandHandle(b, p)));
                }
            }
        }
    }

    /**
     * The platform search for one brand: its name, hashtag, handle and products; the tagger then decides.
     *
     * @param b the brand
     * @return the search string
     */
    public static String searchQuery(WorldBrand b) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(b.name().contains(" ") ? "\"" + b.name().toLowerCase(Locale.ROOT) + "\""
                : b.name().toLowerCase(Locale.ROOT));
        terms.add(b.hashtag());
        terms.add(b.handle());
        b.products().forEach(p -> terms.add("\"" + p.toLowerCase(Locale.ROOT) + "\""));
        return String.join(" OR ", terms);
    }

    /**
     * Whether an account is one of the tracked brands' own.
     *
     * @param account the account as pulled
     * @return whether its handle is a brand handle
     */
    public boolean isBrandAccount(SocialIdentity account) {
        return account.handle() != null && brandHandles.contains(normalHandle(account.handle()));
    }

    /**
     * Whether an account is one of the client brand's own.
     *
     * @param account the account as pulled
     * @return whether its handle is one of the client brand's handles
     */
    public boolean isOwnAccount(SocialIdentity account) {
        return account.handle() != null && ownHandles.contains(normalHandle(account.handle()));
    }

    /**
     * Scores, tags and orients one item.
     *
     * @param item the item as pulled
     * @param brandAuthors the tracked brands' accounts seen so far
     * @return the analysed item
     */
    public Interaction analyse(Interaction item, Set<PlatformAccountId> brandAuthors) {
        Interaction x = item;
        if (x.text() != null) {
            x = x.withSentiment(vader.analyze(x.text()));
        }
        x = x.withBrands(tagger.matching(x).stream().map(Brand::name).collect(Collectors.toSet()));
        if (x.author() != null && brandAuthors.contains(x.author()) && x.direction() != Direction.OUTBOUND) {
            x = x.toBuilder().direction(Direction.OUTBOUND).build();
        }
        return x;
    }

    private static String normalHandle(String h) {
        String s = h.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("@") ? s.substring(1) : s;
    }
}
