#pragma once

#include "workbenchcontext.h"

#include <QWidget>

// One tab of Edit > Preferences. Each area contributes its own panel (study budget, ROI
// assumptions ...); values belong to the workbench file (SettingsRepository) unless the
// panel says otherwise.
class SettingsPanel : public QWidget
{
    Q_OBJECT
public:
    SettingsPanel(const WorkbenchContext &context, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    { }

    virtual QString title() const = 0;
    // Fills the widgets from the stored values.
    virtual void load() = 0;
    // Validates and stores; on a bad value returns false with a message naming the field.
    virtual bool save(QString *error) = 0;
    // Why the last load() could not read what the panel shows (empty when it could). Such a
    // panel is not saved: its widgets hold blanks or defaults, not what the file holds.
    QString readError() const { return m_readError; }

protected:
    // load() records here whether its read failed (an empty message: it did not).
    void setReadError(const QString &message) { m_readError = message; }

    // Stores VALUE under KEY in the workbench's settings unless the file already says the same
    // (an absent key reads as DEFAULTVALUE): OK without a change writes nothing, so it leaves
    // no step on the undo stack.
    bool storeIfChanged(const QString &key, double value, double defaultValue, QString *error);

    WorkbenchContext m_context;

private:
    QString m_readError;
};
