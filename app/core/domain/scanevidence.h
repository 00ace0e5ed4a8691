#pragma once

#include <QString>

// Where a repository scan found something: a file relative to the scanned folder ('/'
// separators), a line when the finding has one (0 = none) and the text there, with any
// secret masked.
struct ScanEvidence
{
    QString file;
    int line = 0;
    QString text;

    bool operator==(const ScanEvidence &o) const
    {
        return file == o.file && line == o.line && text == o.text;
    }
};
