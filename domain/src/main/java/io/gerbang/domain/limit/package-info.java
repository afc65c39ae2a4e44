/**
 * Request limits: how many sign-ins, failures, refreshes and session checks are allowed in what window and
 * counted per what ({@link io.gerbang.domain.limit.RateLimit}, {@link io.gerbang.domain.limit.LimitKey}),
 * and how an account under a spread-out guessing attack is slowed rather than locked
 * ({@link io.gerbang.domain.limit.SlowDown}). Counting is an outbound port's work, shared by all nodes.
 */
package io.gerbang.domain.limit;
