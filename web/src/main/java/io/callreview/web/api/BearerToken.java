package io.callreview.web.api;

import io.callreview.web.session.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Every call to a service carries the signed-in user's own token: the services decide what they may see. */
@ApplicationScoped
public class BearerToken implements ClientHeadersFactory {

    @Inject
    Instance<SignedInUser> user;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        SignedInUser current = user.get();
        if (current.signedIn()) {
            headers.putSingle("Authorization", "Bearer " + current.token());
        }
        return headers;
    }
}
