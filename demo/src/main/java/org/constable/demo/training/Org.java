package org.constable.demo.training;

/**
 * A bureau that organises training for its own officers: the city bureau (for its departments) or a
 * county bureau (for everything beneath it), with its serving head counts.
 */
record Org(
    int index, long unitId, String path, String nameZh, boolean city, int police, int everyone) {}
