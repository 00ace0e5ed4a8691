#pragma once

#include "domain/educationentry.h"
#include "entrylisteditor.h"

class OptionalDateEdit;
class PlainTextField;
class QLineEdit;

// Education: institution, area of study, degree, web address, dates, score and courses (one
// per line), in the order the user drags them into.
class EducationEditor : public EntryListEditor
{
    Q_OBJECT
public:
    EducationEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    const QList<EducationEntry> &entries() const { return m_entries; }

protected:
    bool read() override;
    QStringList labels() const override;
    void showEntry(int row) override;
    WriteResult addEntry() override;
    WriteResult removeEntry(int row) override;
    WriteResult moveEntries(const QList<int> &order) override;

private:
    void commit();
    EducationEntry fromForm(int row) const;

    QList<EducationEntry> m_entries;
    QLineEdit *m_institution;
    QLineEdit *m_area;
    QLineEdit *m_studyType;
    QLineEdit *m_url;
    OptionalDateEdit *m_started;
    OptionalDateEdit *m_ended;
    QLineEdit *m_score;
    PlainTextField *m_courses;
};
