package io.gerbang.adapters.rest.dto;

import java.util.Map;

public record HealthDto(String status, Map<String, String> stores) {}
