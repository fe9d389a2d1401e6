package com.nirnoy.desk.doctor;

import java.util.List;

/**
 * One page of results and whether another follows (no count(*) over 10,000 doctors per key press).
 */
public record DoctorPage(List<DoctorListing> doctors, int offset, boolean hasMore) {}
