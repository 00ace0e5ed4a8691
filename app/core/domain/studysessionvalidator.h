#pragma once

#include "studysession.h"
#include "validation.h"

#include <QCoreApplication>

// The rules a study session must meet. Fields: "minutes", "studiedOn", "subject".
class StudySessionValidator
{
    Q_DECLARE_TR_FUNCTIONS(StudySessionValidator)
public:
    static constexpr int MaxMinutes = 24 * 60;
    static Problems validate(const StudySession &s);
};
