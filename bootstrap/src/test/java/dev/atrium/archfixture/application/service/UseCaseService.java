package dev.atrium.archfixture.application.service;

public final class UseCaseService {
}
