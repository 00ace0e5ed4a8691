#pragma once

#include "certification.h"
#include "validation.h"

#include <QCoreApplication>

// The rules a certification must meet. Fields: "name", "currency", "examCost",
// "materialsCost", "otherCost", "renewalCost", "renewalPeriodMonths", "plannedHours",
// "uplift", "examOn", "earnedOn", "expiresOn".
class CertificationValidator
{
    Q_DECLARE_TR_FUNCTIONS(CertificationValidator)
public:
    static Problems validate(const Certification &c);
};
