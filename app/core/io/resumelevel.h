#pragma once

#include <QString>

// A skill level in a resume's words ("Master", "Intermediate", "4/5") and back. A resume is a
// data file other tools read, so the words written are English, whatever the app shows.
namespace ResumeLevel {

// The roadmap level 0-5 a resume's level text means; -1 when it is not understood.
int fromText(const QString &text);
// The word for LEVEL 0-5 ("Aware", "Beginner", "Working", "Advanced", "Expert").
QString toText(int level);

} // namespace ResumeLevel
