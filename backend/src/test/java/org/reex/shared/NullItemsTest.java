package org.reex.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.licence.Licences;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A null inside any array of a request is a 400 naming the item, never a 500, on every route. */
@MicronautTest(transactional = false)
class NullItemsTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Test
    void nullItemsInLotsAndLicencesAreNamed() {
        String seller = accounts.tokenFor("MANUFACTURER");
        Map<String, Object> lot = Lots.ndfeb("Nulls");
        lot.put("composition", Arrays.asList((Object) null));
        expectNamed(http.post("/api/v1/lots", lot, seller), "composition[0]");

        lot = Lots.ndfeb("Nulls");
        List<Object> composition = new ArrayList<>((List<?>) lot.get("composition"));
        composition.add(null);
        lot.put("composition", composition);
        expectNamed(http.post("/api/v1/lots", lot, seller), "composition[3]");

        lot = Lots.ndfeb("Nulls");
        lot.put("hazards", Arrays.asList((Object) null));
        expectNamed(http.post("/api/v1/lots", lot, seller), "hazards[0]");

        long lotId = lots.create(Lots.ndfeb("Nulls on update"), seller);
        Map<String, Object> update = Lots.ndfeb("Nulls on update");
        update.put("hazards", Arrays.asList((Object) null));
        update.put("version", 0);
        Http.Reply put = http.put("/api/v1/lots/" + lotId, update, seller);
        assertEquals(400, put.status(), put.toString());

        String recycler = accounts.tokenFor("RECYCLER");
        Map<String, Object> licence = Licences.ndfeb(Accounts.unique("N"));
        licence.put("capacities", Arrays.asList((Object) null));
        expectNamed(http.post("/api/v1/licences", licence, recycler), "capacities[0]");
    }

    private static void expectNamed(Http.Reply reply, String name) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of(name), reply.invalidParamNames(), reply.toString());
    }
}
