package io.gerbang.application.port.in.client;

import io.gerbang.application.model.Caller;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import java.util.List;

/** The client apps of the caller's tenant ({@code clients.manage} at company level). */
public interface ListClientApps {

    List<ClientApp> list(Caller caller);

    /** One of them; another tenant's or none is {@code UnknownClient}. */
    ClientApp show(Caller caller, ClientId id);
}
