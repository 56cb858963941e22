/* scapula-plan-print.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-plan-print"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "scapula-plan-ics.h"
#include "scapula-plan-print.h"

/* The week plan on one printed page, to pin on the wall by the rack:
 *
 *   Plan name
 *   6-week block from 23 November 2026
 *   ───────────────────────────────────────────────────────────────
 *   Monday     Two-Arm Dumbbell Row    3 × 8–12   2 warm-up sets   1:30 rest
 *   □□□□□□     Face Pull               3 × 12–15                   1 min rest
 *   ───────────────────────────────────────────────────────────────
 *   Tuesday    Rest
 *
 * Weekdays in the left column, one row per exercise with its columns
 * aligned across the whole page, and a box per week of the block under
 * each training day to tick off. Sizes are in points (the operation's
 * unit); when a full week does not fit, everything but the footer shrinks
 * together until it does. Paper is white whatever the theme.
 */

#define FONT_FAMILY    "Cantarell, Noto Sans, DejaVu Sans, Sans"
#define PAGE_MARGIN_MM 16.0
#define MIN_SCALE      0.1
#define MAX_BOXES      16

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_DAY,
  STYLE_REST_DAY,
  STYLE_BODY,
  STYLE_QUIET,
  STYLE_NOTE,
  STYLE_LEGEND,
  STYLE_FOOTER,
} TextStyle;

static const struct {
  double      size;
  PangoWeight weight;
  PangoStyle  style;
  double      gray;
} styles[] = {
  [STYLE_TITLE]    = { 22.0, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0.0 },
  [STYLE_SUBTITLE] = { 11.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.3 },
  [STYLE_DAY]      = { 12.5, PANGO_WEIGHT_BOLD,   PANGO_STYLE_NORMAL, 0.0 },
  [STYLE_REST_DAY] = { 12.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.45 },
  [STYLE_BODY]     = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.0 },
  [STYLE_QUIET]    = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0.45 },
  [STYLE_NOTE]     = {  9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0.35 },
  [STYLE_LEGEND]   = {  8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.4 },
  [STYLE_FOOTER]   = {  8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.45 },
};

typedef struct
{
  ScapulaPlan    *plan;
  ScapulaCatalog *catalog;
  GHashTable     *custom_names;
  guint           week_start;
} PrintJob;

/* One exercise's row, its texts made once and laid out at every scale. */
typedef struct
{
  char *name;
  char *notes;
  char *dose;
  char *warmup;
  char *rest;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_free (row->notes);
  g_free (row->dose);
  g_free (row->warmup);
  g_free (row->rest);
}

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->plan);
  g_clear_object (&job->catalog);
  g_clear_pointer (&job->custom_names, g_hash_table_unref);
  g_free (job);
}

static PangoLayout *
create_layout (GtkPrintContext *context,
               TextStyle        style,
               double           scale,
               const char      *text,
               double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  /* The unit is a whole point: rounded glyph positions would space small
   * text unevenly. (Each layout has a context of its own.) */
  pango_context_set_round_glyph_positions (pango_layout_get_context (layout), FALSE);
  pango_layout_context_changed (layout);

  pango_font_description_set_size (font, (int) (styles[style].size * scale * PANGO_SCALE));
  pango_font_description_set_weight (font, styles[style].weight);
  pango_font_description_set_style (font, styles[style].style);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return pango_units_to_double (width);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

static double
layout_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             TextStyle    style,
             double       x,
             double       y)
{
  if (cr == NULL)
    return;

  cairo_set_source_rgb (cr, styles[style].gray, styles[style].gray, styles[style].gray);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Lays out @text and draws it at @x, @y (when there is a @cr to draw on).
 *
 * Returns: the height it takes
 */
static double
draw_text (GtkPrintContext *context,
           cairo_t         *cr,
           TextStyle        style,
           double           scale,
           const char      *text,
           double           x,
           double           y,
           double           width)
{
  g_autoptr(PangoLayout) layout = create_layout (context, style, scale, text, width);

  show_layout (cr, layout, style, x, y);

  return layout_height (layout);
}

static double
measure_text (GtkPrintContext *context,
              TextStyle        style,
              double           scale,
              const char      *text)
{
  g_autoptr(PangoLayout) layout = create_layout (context, style, scale, text, -1);

  return layout_width (layout);
}

static double
style_baseline (GtkPrintContext *context,
                TextStyle        style,
                double           scale)
{
  g_autoptr(PangoLayout) layout = create_layout (context, style, scale, "Mg", -1);

  return layout_baseline (layout);
}

/* A horizontal rule; a hairline unless @thick. */
static void
draw_rule (cairo_t  *cr,
           double    y,
           double    width,
           gboolean  thick)
{
  if (cr == NULL)
    return;

  cairo_save (cr);
  if (thick)
    {
      cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
      cairo_set_line_width (cr, 1.0);
    }
  else
    {
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 0.4);
    }
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Boxes to tick off, one per week of the block, in rows that fit @width.
 *
 * Returns: the height they take
 */
static double
draw_boxes (cairo_t *cr,
            guint    n_boxes,
            double   x,
            double   y,
            double   width,
            double   scale)
{
  double size = 7.5 * scale;
  double gap = 3.5 * scale;
  guint per_row = MAX (1, (guint) ((width + gap) / (size + gap)));
  guint n_rows = (n_boxes + per_row - 1) / per_row;

  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_set_line_width (cr, 0.6);
      for (guint i = 0; i < n_boxes; i++)
        cairo_rectangle (cr,
                         x + (i % per_row) * (size + gap),
                         y + (i / per_row) * (size + gap),
                         size, size);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  return n_rows * size + (n_rows - 1) * gap;
}

static GArray *
create_rows (PrintJob       *job,
             ScapulaPlanDay *day)
{
  guint n_items = scapula_plan_day_get_n_items (day);
  GArray *rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), n_items);

  g_array_set_clear_func (rows, row_clear);

  for (guint i = 0; i < n_items; i++)
    {
      ScapulaPlanItem *item = scapula_plan_day_get_item (day, i);
      const ScapulaPrescription *p = scapula_plan_item_get_prescription (item);
      Row row = { NULL, };

      row.name = scapula_plan_dup_exercise_name (job->catalog, job->custom_names,
                                                 scapula_plan_item_get_exercise (item));
      row.notes = g_strdup (scapula_plan_item_get_notes (item));
      row.dose = scapula_prescription_format (p);
      row.rest = scapula_format_rest (p->rest_seconds);
      if (p->warmup_sets > 0)
        row.warmup = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warm-up set",
                                                   "%u warm-up sets", p->warmup_sets),
                                      p->warmup_sets);
      g_array_append_val (rows, row);
    }

  return rows;
}

/* Lays the page out at @scale and draws it on @cr, or only measures it
 * when @cr is %NULL.
 *
 * Returns: the height of everything above the footer
 */
static double
layout_page (PrintJob        *job,
             GtkPrintContext *context,
             cairo_t         *cr,
             GPtrArray       *days_rows,
             double           width,
             double           scale)
{
  ScapulaPlan *plan = job->plan;
  guint weeks = scapula_plan_get_block_weeks (plan);
  gboolean boxes = weeks <= MAX_BOXES && scapula_plan_count_training_days (plan) > 0;
  double gap = 14.0 * scale;
  double day_col = 0, name_max = 0, dose_col = 0, warmup_col = 0, rest_col = 0;
  double name_col, free_width, column_gap, x_dose, x_warmup, x_rest;
  double title_scale = MAX (scale, 0.75);
  guint n_gaps;
  double day_baseline, body_baseline;
  g_autofree char *block = scapula_plan_dup_block_label (plan);
  double y = 0;

  /* Columns as wide as their widest text, the name taking the rest. */
  for (guint weekday = 1; weekday <= 7; weekday++)
    day_col = MAX (day_col, measure_text (context, STYLE_DAY, scale,
                                          scapula_weekday_get_name (weekday)));
  if (boxes)
    day_col = MAX (day_col, MIN (weeks, 8) * 11.0 * scale);
  day_col += gap + 4.0 * scale;

  for (guint i = 0; i < days_rows->len; i++)
    {
      GArray *rows = g_ptr_array_index (days_rows, i);

      for (guint j = 0; rows != NULL && j < rows->len; j++)
        {
          Row *row = &g_array_index (rows, Row, j);

          name_max = MAX (name_max, measure_text (context, STYLE_BODY, scale, row->name));
          dose_col = MAX (dose_col, measure_text (context, STYLE_BODY, scale, row->dose));
          rest_col = MAX (rest_col, measure_text (context, STYLE_BODY, scale, row->rest));
          if (row->warmup != NULL)
            warmup_col = MAX (warmup_col, measure_text (context, STYLE_BODY, scale, row->warmup));
        }
    }

  /* The name column as wide as the longest name when there is room, the
   * spare room going into the gaps (up to a point, so the columns stay
   * close to the names they belong to); long names wrap otherwise. */
  n_gaps = warmup_col > 0 ? 3 : 2;
  free_width = width - day_col - dose_col - warmup_col - rest_col - n_gaps * gap;
  if (name_max <= free_width)
    {
      name_col = name_max;
      column_gap = gap + MIN ((free_width - name_max) / n_gaps, MAX (64.0 * scale, 40.0));
    }
  else
    {
      name_col = MAX (free_width, width * 0.2);
      column_gap = gap;
    }

  x_dose = day_col + name_col + column_gap;
  x_warmup = x_dose + dose_col + column_gap;
  x_rest = warmup_col > 0 ? x_warmup + warmup_col + column_gap : x_warmup;

  day_baseline = style_baseline (context, STYLE_DAY, scale);
  body_baseline = style_baseline (context, STYLE_BODY, scale);

  /* Heading */
  /* The heading shrinks less than the week: it is read from further away. */
  y += draw_text (context, cr, STYLE_TITLE, title_scale, scapula_plan_get_name (plan), 0, y, width);
  y += 2.0 * title_scale;
  y += draw_text (context, cr, STYLE_SUBTITLE, title_scale, block, 0, y, width);
  if (boxes)
    {
      y += 1.0 * scale;
      y += draw_text (context, cr, STYLE_LEGEND, scale,
                      _("Tick a box under the day each week you train."), 0, y, width);
    }
  y += 10.0 * scale;
  draw_rule (cr, y, width, TRUE);
  y += 12.0 * scale;

  /* The seven days, from the user's first day of the week. */
  for (guint i = 0; i < 7; i++)
    {
      guint weekday = (job->week_start - 1 + i) % 7 + 1;
      ScapulaPlanDay *day = scapula_plan_get_day (plan, weekday);
      GArray *rows = g_ptr_array_index (days_rows, weekday - 1);
      gboolean training = scapula_plan_day_get_training (day);
      const char *day_name = scapula_weekday_get_name (weekday);
      double left, right;
      double shift = day_baseline - body_baseline;
      double row_y = y + shift;

      left = draw_text (context, cr, training ? STYLE_DAY : STYLE_REST_DAY, scale,
                        day_name, 0, y, day_col - gap);
      if (training && boxes)
        left += 5.0 * scale + draw_boxes (cr, weeks, 0, y + left + 5.0 * scale,
                                          day_col - gap, scale);

      if (!training)
        row_y += draw_text (context, cr, STYLE_QUIET, scale, _("Rest"), day_col, row_y, name_col);
      else if (rows->len == 0)
        row_y += draw_text (context, cr, STYLE_QUIET, scale,
                            _("Training day, no exercises planned yet"), day_col, row_y, -1);

      for (guint j = 0; j < rows->len; j++)
        {
          Row *row = &g_array_index (rows, Row, j);
          double name_h, dose_h;

          if (j > 0)
            row_y += 5.0 * scale;

          name_h = draw_text (context, cr, STYLE_BODY, scale, row->name, day_col, row_y, name_col);
          if (row->notes != NULL)
            name_h += 1.0 * scale + draw_text (context, cr, STYLE_NOTE, scale, row->notes,
                                               day_col, row_y + name_h + 1.0 * scale,
                                               width - day_col);
          dose_h = draw_text (context, cr, STYLE_BODY, scale, row->dose, x_dose, row_y, -1);
          if (row->warmup != NULL)
            draw_text (context, cr, STYLE_BODY, scale, row->warmup, x_warmup, row_y, -1);
          draw_text (context, cr, STYLE_BODY, scale, row->rest, x_rest, row_y, -1);

          row_y += MAX (name_h, dose_h);
        }

      right = row_y - y;
      y += MAX (left, right);

      if (i < 6)
        {
          y += 8.0 * scale;
          draw_rule (cr, y, width, FALSE);
          y += 8.0 * scale;
        }
    }

  return y;
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autoptr(GPtrArray) days_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PangoLayout) app = NULL;
  g_autoptr(PangoLayout) printed = NULL;
  g_autofree char *date = NULL;
  g_autofree char *printed_text = NULL;
  double footer_y, available, needed;
  double scale = 1.0;

  for (guint weekday = 1; weekday <= 7; weekday++)
    g_ptr_array_add (days_rows, create_rows (job, scapula_plan_get_day (job->plan, weekday)));

  /* White paper, even where the page is not. */
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);

  /* Footer, the same size on every page. */
  /* Translators: see g_date_time_format(); e.g. "23 November 2026". */
  date = g_date_time_format (now, _("%-d %B %Y"));
  /* Translators: in the printed plan's footer, e.g. "Printed on 23 November 2026". */
  printed_text = g_strdup_printf (_("Printed on %s"), date);
  app = create_layout (context, STYLE_FOOTER, 1.0, "Scapula", -1);
  printed = create_layout (context, STYLE_FOOTER, 1.0, printed_text, -1);
  footer_y = height - layout_height (app);
  show_layout (cr, app, STYLE_FOOTER, 0, footer_y);
  show_layout (cr, printed, STYLE_FOOTER, width - layout_width (printed), footer_y);

  /* Shrink until a full week fits above it: first in proportion, then in
   * small steps, as narrower text wraps less. */
  available = footer_y - 12.0;
  needed = layout_page (job, context, NULL, days_rows, width, scale);
  if (needed > available)
    {
      scale = MAX (available / needed, MIN_SCALE);
      while (scale > MIN_SCALE &&
             layout_page (job, context, NULL, days_rows, width, scale) > available)
        scale = MAX (scale * 0.97, MIN_SCALE);
    }

  g_debug ("Printing at %.0f%% of the full size", scale * 100);

  layout_page (job, context, cr, days_rows, width, scale);
}

/**
 * scapula_plan_print_operation_new:
 * @plan: the plan
 * @catalog: (nullable): the catalog that names the exercises
 * @custom_names: (nullable) (element-type utf8 utf8): the user's own
 *   exercises, slug to name
 * @week_start: the first day of the week, 1 (Monday) to 7 (Sunday)
 *
 * A print operation for @plan's week on one page, ready to run.
 *
 * Returns: (transfer full): the operation
 */
GtkPrintOperation *
scapula_plan_print_operation_new (ScapulaPlan    *plan,
                                  ScapulaCatalog *catalog,
                                  GHashTable     *custom_names,
                                  guint           week_start)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  PrintJob *job;

  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || SCAPULA_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (week_start >= 1 && week_start <= 7, NULL);

  job = g_new0 (PrintJob, 1);
  job->plan = g_object_ref (plan);
  job->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;
  job->custom_names = custom_names != NULL ? g_hash_table_ref (custom_names) : NULL;
  job->week_start = week_start;

  gtk_page_setup_set_top_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, PAGE_MARGIN_MM, GTK_UNIT_MM);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, scapula_plan_get_name (plan));
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_object_set_data_full (G_OBJECT (operation), "scapula-print-job", job, print_job_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return operation;
}

/**
 * scapula_plan_print:
 * @plan: the plan
 * @catalog: (nullable): the catalog that names the exercises
 * @week_start: the first day of the week, 1 (Monday) to 7 (Sunday)
 * @parent: (nullable): the window the dialog belongs to
 *
 * Shows the print dialog for @plan's week, which also offers to print to
 * a PDF file, and tells the user when printing fails.
 */
void
scapula_plan_print (ScapulaPlan    *plan,
                    ScapulaCatalog *catalog,
                    guint           week_start,
                    GtkWindow      *parent)
{
  static GtkPrintSettings *settings;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (SCAPULA_IS_PLAN (plan));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  operation = scapula_plan_print_operation_new (plan, catalog, NULL, week_start);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      /* Keep the printer and its options for the next time. */
      g_set_object (&settings, gtk_print_operation_get_print_settings (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print the Plan"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * scapula_plan_export_pdf:
 * @plan: the plan
 * @catalog: (nullable): the catalog that names the exercises
 * @week_start: the first day of the week, 1 (Monday) to 7 (Sunday)
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Saves @plan's week as a one-page PDF, without a dialog.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
scapula_plan_export_pdf (ScapulaPlan     *plan,
                         ScapulaCatalog  *catalog,
                         guint            week_start,
                         const char      *path,
                         GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (SCAPULA_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = scapula_plan_print_operation_new (plan, catalog, NULL, week_start);
  gtk_print_operation_set_export_filename (operation, path);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
