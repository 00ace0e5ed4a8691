#pragma once

#include <QString>

// A language the user speaks (table `languages`), as a resume lists it.
struct Language
{
    qint64 id = 0;
    QString language;
    QString fluency; // free text: "Native speaker", "C1" ...
    int position = 0;

    bool operator==(const Language &o) const
    {
        return id == o.id && language == o.language && fluency == o.fluency
            && position == o.position;
    }
};
