package io.gerbang.adapters.rest.dto;

public record RemovedDto(int removed) {}
