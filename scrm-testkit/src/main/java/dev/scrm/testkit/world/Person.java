package dev.scrm.testkit.world;

import java.net.URI;
import java.util.Objects;

/**
 * One synthetic human behind one or more social accounts: the ground truth that identity resolution tries to
 * recover. Names may carry diacritics ("José", "Zoë"); their accounts may spell them without.
 *
 * <p>Immutable and thread-safe. The fields are fictional, but treat them like personal data anyway: they
 * are kept out of {@link #toString()}.
 *
 * @param id the person's ground-truth id
 * @param givenName the given name
 * @param familyName the family name
 * @param city the home city
 * @param website the person's own web site, or {@code null} when they have none
 * @param activity how active the person is on social media, relative to an average of 1
 */
public record Person(PersonId id, String givenName, String familyName, String city, URI website, double activity) {

    /**
     * Validates the person.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if a name is blank or the activity is not positive
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(city, "city");
        if (givenName.isBlank() || familyName.isBlank() || city.isBlank()) {
            throw new IllegalArgumentException("person names and city must not be blank");
        }
        if (!(activity > 0 && Double.isFinite(activity))) {
            throw new IllegalArgumentException("activity must be a positive number, was " + activity);
        }
    }

    /**
     * The full name, given name first.
     *
     * @return the full name
     */
    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Shows the id only. */
    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
