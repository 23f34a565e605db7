package dev.atrium.archfixture.domain.egg;

import dev.atrium.archfixture.domain.chicken.ChickenInPackageCycle;

// Breaks "packages are free of cycles": egg needs chicken, and chicken needs egg.
public record EggInPackageCycle(ChickenInPackageCycle hatches) {
}
