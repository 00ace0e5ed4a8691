#pragma once

#include "domain/workentry.h"
#include "entrylisteditor.h"

class OptionalDateEdit;
class PlainTextField;
class QLineEdit;

// The work history: employer, position, location, web address, dates, summary and highlights
// (one per line), newest first by default, in the order the user drags them into.
class WorkHistoryEditor : public EntryListEditor
{
    Q_OBJECT
public:
    WorkHistoryEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    const QList<WorkEntry> &entries() const { return m_entries; }

protected:
    bool read() override;
    QStringList labels() const override;
    void showEntry(int row) override;
    WriteResult addEntry() override;
    WriteResult removeEntry(int row) override;
    WriteResult moveEntries(const QList<int> &order) override;

private:
    void commit();
    WorkEntry fromForm(int row) const;

    QList<WorkEntry> m_entries;
    QLineEdit *m_employer;
    QLineEdit *m_position;
    QLineEdit *m_location;
    QLineEdit *m_url;
    OptionalDateEdit *m_started;
    OptionalDateEdit *m_ended;
    PlainTextField *m_summary;
    PlainTextField *m_highlights;
};
