package io.gerbang.adapters.rest.dto;

public record MessageDto(String message) {}
