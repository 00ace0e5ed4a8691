#include "studysessionvalidator.h"

using namespace Qt::StringLiterals;

Problems StudySessionValidator::validate(const StudySession &s)
{
    Problems problems;
    if (s.skillId <= 0 && s.certificationId <= 0)
        problems.add(u"subject"_s, tr("Choose the skill or certification you studied for."));
    if (!s.studiedOn.isValid())
        problems.add(u"studiedOn"_s, tr("Enter the day you studied."));
    if (s.minutes <= 0 || s.minutes > MaxMinutes)
        problems.add(u"minutes"_s, tr("Study time must be more than 0 and at most 24 hours."));
    return problems;
}
