package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.auth.Authenticated;
import io.gerbang.adapters.rest.auth.Callers;
import io.gerbang.adapters.rest.dto.ClientDto;
import io.gerbang.adapters.rest.dto.ClientRequest;
import io.gerbang.adapters.rest.dto.MessageDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.client.ChangeClientApp;
import io.gerbang.application.port.in.client.CreateClientApp;
import io.gerbang.application.port.in.client.ListClientApps;
import io.gerbang.domain.client.ClientId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** /api/v1/clients: the client apps of the caller's tenant (clients.manage). No rule lives here. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ClientsResource {

    private final ListClientApps list;
    private final CreateClientApp create;
    private final ChangeClientApp change;

    public ClientsResource(ListClientApps list, CreateClientApp create, ChangeClientApp change) {
        this.list = list;
        this.create = create;
        this.change = change;
    }

    @GET
    public Response list(@Context ContainerRequestContext request) {
        return Envelopes.ok(
                request,
                "ok.clients",
                list.list(Callers.of(request)).stream().map(ClientDto::of).toList());
    }

    @POST
    public Response create(@Context ContainerRequestContext request, ClientRequest body) {
        Principal caller = Callers.of(request);
        CreateClientApp.Issued issued = create.create(
                new CreateClientApp.Command(caller, RequestFields.body(body).newClient(caller.tenant())));
        return Response.fromResponse(Envelopes.ok(request, "ok.client_created", ClientDto.Issued.of(issued)))
                .status(201)
                .build();
    }

    @GET
    @Path("/{client}")
    public Response show(@Context ContainerRequestContext request, @PathParam("client") String client) {
        return Envelopes.ok(request, "ok.client", ClientDto.of(list.show(Callers.of(request), clientId(client))));
    }

    @PATCH
    @Path("/{client}")
    public Response change(
            @Context ContainerRequestContext request, @PathParam("client") String client, ClientRequest body) {
        CreateClientApp.Issued issued = change.change(new ChangeClientApp.Command(
                Callers.of(request), clientId(client), RequestFields.body(body).change()));
        return Envelopes.ok(request, "ok.client_changed", ClientDto.Issued.of(issued));
    }

    @DELETE
    @Path("/{client}")
    public Response delete(@Context ContainerRequestContext request, @PathParam("client") String client) {
        change.delete(Callers.of(request), clientId(client));
        return Envelopes.ok(
                request,
                "ok.client_deleted",
                new MessageDto(Messages.text(RequestInfo.of(request).language(), "ok.client_deleted")));
    }

    @POST
    @Path("/{client}/secret")
    public Response renewSecret(@Context ContainerRequestContext request, @PathParam("client") String client) {
        return Envelopes.ok(
                request,
                "ok.client_secret",
                ClientDto.Issued.of(change.renewSecrets(Callers.of(request), clientId(client))));
    }

    /** A client id in the path: anything that cannot be one names no client, so it is a 404. */
    private static ClientId clientId(String client) {
        if (!ClientId.fits(client)) {
            throw InvalidRequest.notFound();
        }
        return new ClientId(client);
    }
}
