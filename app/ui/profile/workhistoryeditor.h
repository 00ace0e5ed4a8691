#pragma once

#include "domain/workentry.h"
#include "entrylisteditorfor.h"

class OptionalDateEdit;
class PlainTextField;
class QLineEdit;

// The work history: employer, position, location, web address, dates, summary and highlights
// (one per line), newest first by default, in the order the user drags them into.
class WorkHistoryEditor : public EntryListEditorFor<WorkEntry>
{
    Q_OBJECT
public:
    WorkHistoryEditor(ResumeStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

protected:
    QStringList labels() const override;
    void showEntry(int row) override;
    WorkEntry fromForm(int row) const override;
    WorkEntry newEntry() const override;
    QLineEdit *firstField() const override;
    QString addText() const override;
    QString editText(const WorkEntry &e) const override;
    QString removeText(const WorkEntry &e) const override;
    QString reorderText() const override;

private:
    QLineEdit *m_employer;
    QLineEdit *m_position;
    QLineEdit *m_location;
    QLineEdit *m_url;
    OptionalDateEdit *m_started;
    OptionalDateEdit *m_ended;
    PlainTextField *m_summary;
    PlainTextField *m_highlights;
};
