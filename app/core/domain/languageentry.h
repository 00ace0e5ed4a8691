#pragma once

#include <QString>

// A language the user speaks (table `languages`), as a resume lists it: "German (B2)".
struct LanguageEntry
{
    qint64 id = 0;
    QString language;
    QString fluency; // free text: "native", "C1", "conversational" ...
    int sortOrder = 0;

    bool operator==(const LanguageEntry &o) const
    {
        return id == o.id && language == o.language && fluency == o.fluency
            && sortOrder == o.sortOrder;
    }
};
