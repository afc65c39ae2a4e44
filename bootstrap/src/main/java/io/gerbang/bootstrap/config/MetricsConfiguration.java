package io.gerbang.bootstrap.config;

import io.gerbang.adapters.persistence.telemetry.MeteredSecurityEvents;
import io.gerbang.adapters.rest.resource.MetricsResource;
import io.gerbang.application.port.out.SecurityEvents;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.stream.DoubleStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Prometheus registry per node: the JVM, GC, thread and process binders, the security events, and (wired
 * where they are made) Jersey's per-route timers, HikariCP's pool and the open chat sockets per door.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    /** 5, 10, 25, 50, 100, 250 ms, 0.5, 1, 2.5, 5 s, in nanoseconds (the unit Micrometer's timers count in). */
    private static final double[] LATENCY_BOUNDS = DoubleStream.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)
            .map(seconds -> seconds * 1e9)
            .toArray();

    @Bean(destroyMethod = "close")
    PrometheusMeterRegistry meterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // request latency as a histogram (http_server_requests_seconds_bucket), on a few fixed bounds rather than
        // Micrometer's ~70 default ones: enough for an SLO and for histogram_quantile, cheap per request
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(LATENCY_BOUNDS)
                        .build()
                        .merge(config);
            }
        });
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        return registry;
    }

    @Bean
    SecurityEvents securityEvents(MeterRegistry registry) {
        return new MeteredSecurityEvents(registry);
    }

    @Bean
    MetricsResource metricsResource(PrometheusMeterRegistry registry, GerbangConfig config) {
        return new MetricsResource(registry::scrape, config.metricsAllow());
    }
}
