#pragma once

#include <QDate>
#include <QString>

// Time spent studying on one day, against a skill (and possibly a certification too).
struct StudySession
{
    qint64 id = 0;
    qint64 skillId = 0;
    qint64 certificationId = 0; // 0: none
    QDate studiedOn;
    int minutes = 0;
    QString note;
};
