package dev.scrm.benchmarks.identity;

import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import dev.scrm.testkit.identity.SyntheticIdentities;
import dev.scrm.testkit.identity.SyntheticIdentity;
import java.util.ArrayList;
import java.util.List;

/** Synthetic social identities as resolver records, shared by the identity benchmarks. */
final class IdentityData {

    private IdentityData() {
    }

    static List<IdentityRecord> records(int persons, long seed) {
        List<IdentityRecord> out = new ArrayList<>();
        for (SyntheticIdentity s : SyntheticIdentities.of(persons, seed).generate()) {
            out.add(IdentityRecord.builder(RecordRef.of("synthetic", s.recordId()))
                    .value(IdentitySchema.HANDLE, s.handle())
                    .value(IdentitySchema.DISPLAY_NAME, s.displayName())
                    .value(IdentitySchema.EMAIL, s.email())
                    .value(IdentitySchema.PHONE, s.phone())
                    .value(IdentitySchema.PROFILE_URL, s.profileUrl())
                    .value(IdentitySchema.BIO, s.bio()).build());
        }
        return out;
    }
}
