package dev.atrium.archfixture.domain.chicken;

import dev.atrium.archfixture.domain.egg.EggInPackageCycle;

// Breaks "packages are free of cycles": chicken needs egg, and egg needs chicken.
public record ChickenInPackageCycle(EggInPackageCycle laid) {
}
