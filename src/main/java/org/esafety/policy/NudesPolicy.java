package org.esafety.policy;

/** How a school handles sharing nudes without aggravating factors (decision-table §3.4). */
public enum NudesPolicy { NATIONAL, ALWAYS_POLICE }
