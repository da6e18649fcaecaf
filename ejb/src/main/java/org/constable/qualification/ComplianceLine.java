package org.constable.qualification;

import java.io.Serializable;

/** One requirement over the caller's scope, or over a unit and what lies beneath it. */
public record ComplianceLine(RequirementView requirement, ComplianceFigure figure)
    implements Serializable {}
