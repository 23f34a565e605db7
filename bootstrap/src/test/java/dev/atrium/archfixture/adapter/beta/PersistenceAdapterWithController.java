package dev.atrium.archfixture.adapter.beta;

import io.micronaut.http.annotation.Controller;

// Breaks "HTTP stays in the REST adapter": a controller in the persistence adapter.
@Controller("/fixture")
public interface PersistenceAdapterWithController {
}
