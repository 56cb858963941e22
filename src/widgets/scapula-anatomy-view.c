/* scapula-anatomy-view.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-anatomy-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "scapula-anatomy-view.h"
#include "scapula-color.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaAnatomyView:
 *
 * The back diagram: the muscles of #ScapulaMuscleMap drawn with cairo,
 * scaled to fit and centred. An exercise's primary muscles are filled with
 * the accent colour, its secondary ones with a softer mix, the rest in a
 * neutral muscle tone. Every colour comes from the theme.
 *
 * Pointing at a muscle names it in a tooltip. When
 * #ScapulaAnatomyView:selectable is set, clicking a muscle selects it and
 * emits #ScapulaAnatomyView::muscle-activated; so do Enter and space on
 * the muscle that has the keyboard cursor. The arrow keys move the cursor to
 * the nearest muscle in that direction; Tab visits each muscle once, top
 * to bottom, then leaves the widget.
 *
 * For assistive technologies the widget is an image labelled “Back
 * muscles” whose description names what is highlighted (or says the
 * summary a view set in its place), what is selected and, while the widget
 * has focus, the muscle under the keyboard cursor.
 *
 * The picture is not mirrored for right-to-left text: it shows a body,
 * whose left side stays on the left.
 *
 * CSS name: anatomy-view
 */

#define MIN_WIDTH 160
#define NATURAL_WIDTH 300
#define PADDING 4.0

/* Levels at or above this read as "primary" in the description. */
#define PRIMARY_LEVEL 0.75

typedef struct
{
  GdkRGBA body;          /* silhouette */
  GdkRGBA other;         /* muscles drawn but not named */
  GdkRGBA muscle;        /* a named muscle that is not highlighted */
  GdkRGBA accent;        /* the primary highlight */
  GdkRGBA ring;          /* selection and focus rings */
  GdkRGBA halo;          /* separates a ring from what is under it */
  GdkRGBA hover;         /* mixed into a hovered muscle */
  GdkRGBA outline;       /* the silhouette's edge */
  GdkRGBA edge;          /* muscle borders */
  GdkRGBA bone;
  GdkRGBA contour;
  GdkRGBA fibre;
  double  hover_amount;
  double  line_scale;    /* thicker lines in high contrast */
} Palette;

struct _ScapulaAnatomyView
{
  GtkWidget         parent_instance;

  /* Owned references */
  ScapulaMuscleMap *map;
  ScapulaExercise  *exercise;    /* nullable */
  char             *description;
  char             *summary;     /* nullable: said instead of the highlighted muscles */

  /* Highlight, per muscle, and the order muscles were first highlighted in */
  double            levels[SCAPULA_N_MUSCLES];
  ScapulaMuscle     order[SCAPULA_N_MUSCLES];
  guint             n_order;

  int               selected;    /* ScapulaMuscle or -1 */
  int               hovered;     /* region index or -1 */
  int               cursor;      /* region index with keyboard focus or -1 */
  guint            *tab_order;   /* owned: one region per muscle, top to bottom */
  guint             n_tab_order;

  /* Computed in size_allocate: map point (x, y) is at (ox + x·scale, oy + y·scale) */
  double            scale;
  double            offset_x;
  double            offset_y;

  Palette           palette;
  guint             selectable : 1;
};

G_DEFINE_FINAL_TYPE (ScapulaAnatomyView, scapula_anatomy_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_SELECTED,
  PROP_SELECTABLE,
  N_PROPS
};

enum {
  SIGNAL_MUSCLE_ACTIVATED,
  SIGNAL_ACTIVATE,
  SIGNAL_MOVE_CURSOR,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* One map, parsed once, shared by every view while any exists. */
static ScapulaMuscleMap *shared_map;

static ScapulaMuscleMap *
get_shared_map (void)
{
  if (shared_map != NULL)
    return g_object_ref (shared_map);

  shared_map = scapula_muscle_map_new_default ();
  g_object_add_weak_pointer (G_OBJECT (shared_map), (gpointer *) &shared_map);
  return shared_map;
}

/* Colours ---------------------------------------------------------------- */

/* Fills are opaque mixes of the foreground into the window background:
 * regions overlap the way muscles do, and translucent fills would darken
 * where they overlap. */
static void
update_palette (ScapulaAnatomyView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean high_contrast = adw_is_initialized () &&
                           adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  Palette *p = &self->palette;
  GdkRGBA fg, bg, accent, accent_fg, accent_text;
  const GdkRGBA white = { 1, 1, 1, 1 };
  const GdkRGBA blue = { 0.21, 0.52, 0.89, 1 };

  gtk_style_context_get_color (context, &fg);
  scapula_color_lookup (context, "window_bg_color", &white, &bg);
  scapula_color_lookup (context, "accent_bg_color", &blue, &accent);
  scapula_color_lookup (context, "accent_fg_color", &white, &accent_fg);
  scapula_color_lookup (context, "accent_color", &accent, &accent_text);
  fg.alpha = 1;
  bg.alpha = 1;

  p->body = scapula_color_mix (&bg, &fg, high_contrast ? 0.05 : 0.06);
  p->other = scapula_color_mix (&bg, &fg, 0.12);
  p->muscle = scapula_color_mix (&bg, &fg, high_contrast ? 0.28 : 0.22);
  p->accent = accent;
  p->ring = accent_text;
  p->halo = bg;
  p->hover = accent_fg;
  p->hover_amount = 0.22;
  p->outline = scapula_color_with_alpha (&fg, high_contrast ? 1.0 : 0.55);
  p->edge = scapula_color_with_alpha (&fg, high_contrast ? 0.85 : 0.38);
  p->bone = scapula_color_with_alpha (&fg, high_contrast ? 0.9 : 0.5);
  p->contour = scapula_color_with_alpha (&fg, high_contrast ? 0.8 : 0.35);
  p->fibre = scapula_color_with_alpha (&fg, high_contrast ? 0.3 : 0.13);
  p->line_scale = high_contrast ? 1.6 : 1.0;
}

/* How much accent a highlight level mixes into the muscle tone: 1.0 (a
 * primary muscle) is the full accent, 0.5 (secondary) about 40 %. */
static double
level_to_amount (double level)
{
  if (level <= 0.5)
    return 0.8 * level;

  return 0.4 + 1.2 * (level - 0.5);
}

/* Description ------------------------------------------------------------ */

static char *
join_muscles (ScapulaAnatomyView *self,
              gboolean            primary)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  for (guint i = 0; i < self->n_order; i++)
    {
      ScapulaMuscle muscle = self->order[i];
      double level = self->levels[muscle];

      if (level <= 0 || (level >= PRIMARY_LEVEL) != primary ||
          !scapula_muscle_map_has_muscle (self->map, muscle))
        continue;

      g_strv_builder_add (builder, scapula_muscle_get_label (muscle));
    }

  labels = g_strv_builder_end (builder);
  if (labels[0] == NULL)
    return NULL;

  /* Translators: separates muscle names in a list, "Rhomboid major, Middle trapezius" */
  return g_strjoinv (_(", "), labels);
}

static void
update_description (ScapulaAnatomyView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  if (self->summary != NULL)
    {
      g_string_append (text, self->summary);
    }
  else
    {
      primary = join_muscles (self, TRUE);
      secondary = join_muscles (self, FALSE);

      if (primary != NULL)
        /* Translators: %s is a list of muscles */
        g_string_append_printf (text, _("Primary: %s."), primary);

      if (secondary != NULL)
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          /* Translators: %s is a list of muscles */
          g_string_append_printf (text, _("Secondary: %s."), secondary);
        }

      if (text->len == 0)
        g_string_append (text, _("No muscles highlighted."));
    }

  if (self->selected >= 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is a muscle */
      g_string_append_printf (text, _("Selected: %s."), scapula_muscle_get_label (self->selected));
    }

  /* The cursor is otherwise invisible to a screen reader: the widget is one
   * image, not a set of accessible children. */
  if (self->cursor >= 0 &&
      (gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUSED) != 0)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (self->map, self->cursor);

      g_string_append_c (text, ' ');
      /* Translators: %s is the muscle the keyboard cursor is on */
      g_string_append_printf (text, _("Focused: %s."), scapula_muscle_get_label (region->muscle));
    }

  if (g_strcmp0 (text->str, self->description) == 0)
    return;

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

/* Geometry --------------------------------------------------------------- */

static void
widget_to_map (ScapulaAnatomyView *self,
               double              x,
               double              y,
               double             *map_x,
               double             *map_y)
{
  *map_x = (x - self->offset_x) / self->scale;
  *map_y = (y - self->offset_y) / self->scale;
}

static int
region_at (ScapulaAnatomyView *self,
           double              x,
           double              y)
{
  double mx, my;

  if (self->scale <= 0)
    return -1;

  widget_to_map (self, x, y, &mx, &my);
  return scapula_muscle_map_hit_test (self->map, mx, my);
}

static int
region_muscle (ScapulaAnatomyView *self,
               int                 region)
{
  if (region < 0)
    return -1;

  return scapula_muscle_map_get_region (self->map, region)->muscle;
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  ScapulaMuscleMap *map = user_data;
  const ScapulaMuscleRegion *ra = scapula_muscle_map_get_region (map, *(const guint *) a);
  const ScapulaMuscleRegion *rb = scapula_muscle_map_get_region (map, *(const guint *) b);

  if (ra->label_y != rb->label_y)
    return ra->label_y < rb->label_y ? -1 : 1;
  if (ra->label_x != rb->label_x)
    return ra->label_x < rb->label_x ? -1 : 1;
  return 0;
}

/* Tab visits each muscle once, at its topmost (then leftmost) region. */
static void
build_tab_order (ScapulaAnatomyView *self)
{
  guint n = scapula_muscle_map_get_n_regions (self->map);
  g_autofree guint *sorted = g_new (guint, n);
  gboolean seen[SCAPULA_N_MUSCLES] = { FALSE };

  for (guint i = 0; i < n; i++)
    sorted[i] = i;
  g_qsort_with_data (sorted, n, sizeof (guint), compare_reading_order, self->map);

  self->tab_order = g_new (guint, n);
  self->n_tab_order = 0;
  for (guint i = 0; i < n; i++)
    {
      ScapulaMuscle muscle = scapula_muscle_map_get_region (self->map, sorted[i])->muscle;

      if (!seen[muscle])
        {
          seen[muscle] = TRUE;
          self->tab_order[self->n_tab_order++] = sorted[i];
        }
    }
}

static void
set_cursor (ScapulaAnatomyView *self,
            int                 region)
{
  if (self->cursor == region)
    return;

  self->cursor = region;
  update_description (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The region nearest the cursor in a direction, favouring ones straight
 * ahead over ones off to the side. */
static int
find_neighbour (ScapulaAnatomyView *self,
                GtkDirectionType    direction)
{
  const ScapulaMuscleRegion *from = scapula_muscle_map_get_region (self->map, self->cursor);
  guint n = scapula_muscle_map_get_n_regions (self->map);
  double best_cost = G_MAXDOUBLE;
  int best = -1;

  for (guint i = 0; i < n; i++)
    {
      const ScapulaMuscleRegion *to = scapula_muscle_map_get_region (self->map, i);
      double dx = to->label_x - from->label_x;
      double dy = to->label_y - from->label_y;
      double ahead, aside, cost;

      switch (direction)
        {
        case GTK_DIR_LEFT:  ahead = -dx; aside = dy; break;
        case GTK_DIR_RIGHT: ahead = dx;  aside = dy; break;
        case GTK_DIR_UP:    ahead = -dy; aside = dx; break;
        case GTK_DIR_DOWN:  ahead = dy;  aside = dx; break;
        case GTK_DIR_TAB_FORWARD:
        case GTK_DIR_TAB_BACKWARD:
        default:
          return -1;
        }

      if ((int) i == self->cursor || ahead <= 0.005)
        continue;

      cost = ahead + 2.5 * fabs (aside);
      if (cost < best_cost)
        {
          best_cost = cost;
          best = i;
        }
    }

  return best;
}

static int
tab_position (ScapulaAnatomyView *self)
{
  ScapulaMuscle muscle;

  if (self->cursor < 0)
    return -1;

  muscle = scapula_muscle_map_get_region (self->map, self->cursor)->muscle;
  for (guint i = 0; i < self->n_tab_order; i++)
    {
      if (scapula_muscle_map_get_region (self->map, self->tab_order[i])->muscle == muscle)
        return i;
    }

  return -1;
}

/* Drawing ---------------------------------------------------------------- */

static void
append_path (ScapulaAnatomyView       *self,
             cairo_t                  *cr,
             const ScapulaPathElement *path,
             guint                     n_path)
{
  /* Build the path in map units, then stroke it in device pixels. */
  cairo_save (cr);
  cairo_translate (cr, self->offset_x, self->offset_y);
  cairo_scale (cr, self->scale, self->scale);
  cairo_new_path (cr);

  for (guint i = 0; i < n_path; i++)
    {
      const ScapulaPathElement *e = &path[i];

      switch (e->op)
        {
        case SCAPULA_PATH_MOVE_TO:
          cairo_move_to (cr, e->x[0], e->y[0]);
          break;
        case SCAPULA_PATH_LINE_TO:
          cairo_line_to (cr, e->x[0], e->y[0]);
          break;
        case SCAPULA_PATH_CURVE_TO:
          cairo_curve_to (cr, e->x[0], e->y[0], e->x[1], e->y[1], e->x[2], e->y[2]);
          break;
        case SCAPULA_PATH_CLOSE:
          cairo_close_path (cr);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}

static void
stroke (cairo_t       *cr,
        const GdkRGBA *color,
        double         width,
        gboolean       preserve)
{
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, width);
  if (preserve)
    cairo_stroke_preserve (cr);
  else
    cairo_stroke (cr);
}

static void
draw_ring (cairo_t       *cr,
           const Palette *p,
           const GdkRGBA *color,
           double         line)
{
  stroke (cr, &p->halo, 4.5 * line, TRUE);
  stroke (cr, color, 2.5 * line, TRUE);
}

static GdkRGBA
level_fill (ScapulaAnatomyView *self,
            double              level)
{
  const Palette *p = &self->palette;

  if (level > 0)
    return scapula_color_mix (&p->muscle, &p->accent, level_to_amount (level));

  return p->muscle;
}

static GdkRGBA
region_fill (ScapulaAnatomyView        *self,
             const ScapulaMuscleRegion *region,
             int                        hovered_muscle)
{
  const Palette *p = &self->palette;
  GdkRGBA fill = level_fill (self, self->levels[region->muscle]);

  if ((int) region->muscle == hovered_muscle)
    fill = scapula_color_mix (&fill, &p->hover, p->hover_amount);

  return fill;
}

static void
scapula_anatomy_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);
  const Palette *p = &self->palette;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n_regions = scapula_muscle_map_get_n_regions (self->map);
  guint n_details = scapula_muscle_map_get_n_details (self->map);
  guint n_outlines = scapula_muscle_map_get_n_outlines (self->map);
  gboolean show_cursor = self->cursor >= 0 && gtk_widget_has_visible_focus (widget);
  int hovered_muscle = region_muscle (self, self->hovered);
  double line;
  cairo_t *cr;

  if (self->scale <= 0)
    return;

  /* Lines thin out a little on a small diagram and grow on a big one. */
  line = CLAMP (self->scale / NATURAL_WIDTH, 0.7, 1.6) * p->line_scale;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint i = 0; i < n_outlines; i++)
    {
      guint n_path;
      const ScapulaPathElement *path = scapula_muscle_map_get_outline (self->map, i, &n_path);

      append_path (self, cr, path, n_path);
      gdk_cairo_set_source_rgba (cr, &p->body);
      cairo_fill (cr);
    }

  for (guint i = 0; i < n_details; i++)
    {
      const ScapulaMapDetail *detail = scapula_muscle_map_get_detail (self->map, i);

      if (detail->kind != SCAPULA_DETAIL_KIND_MUSCLE)
        continue;

      append_path (self, cr, detail->path, detail->n_path);
      gdk_cairo_set_source_rgba (cr, &p->other);
      cairo_fill_preserve (cr);
      stroke (cr, &p->edge, 0.75 * line, FALSE);
    }

  /* Regions in map order, later on top; a ring is drawn right after its
   * region so the muscles that cover it also cover the ring. */
  for (guint i = 0; i < n_regions; i++)
    {
      const ScapulaMuscleRegion *region = scapula_muscle_map_get_region (self->map, i);
      GdkRGBA fill = region_fill (self, region, hovered_muscle);

      append_path (self, cr, region->path, region->n_path);
      gdk_cairo_set_source_rgba (cr, &fill);
      cairo_fill_preserve (cr);
      stroke (cr, &p->edge, line, TRUE);

      if ((int) region->muscle == self->selected)
        draw_ring (cr, p, &p->ring, line);

      /* The keyboard cursor: a dashed band inside the edge, so it reads
       * differently from the selection ring and never covers a neighbour. */
      if (show_cursor && (int) i == self->cursor)
        {
          const double dashes[] = { 5 * line, 3 * line };

          cairo_save (cr);
          cairo_clip_preserve (cr);
          stroke (cr, &p->halo, 9 * line, TRUE);
          cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
          stroke (cr, &p->ring, 5 * line, TRUE);
          cairo_restore (cr);
        }

      cairo_new_path (cr);
    }

  for (guint i = 0; i < n_details; i++)
    {
      const ScapulaMapDetail *detail = scapula_muscle_map_get_detail (self->map, i);

      append_path (self, cr, detail->path, detail->n_path);
      switch (detail->kind)
        {
        case SCAPULA_DETAIL_KIND_MUSCLE:
          cairo_new_path (cr);
          break;
        case SCAPULA_DETAIL_KIND_BONE:
          stroke (cr, &p->bone, 1.3 * line, FALSE);
          break;
        case SCAPULA_DETAIL_KIND_CONTOUR:
          stroke (cr, &p->contour, line, FALSE);
          break;
        case SCAPULA_DETAIL_KIND_FIBRE:
          stroke (cr, &p->fibre, 0.8 * line, FALSE);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  for (guint i = 0; i < n_outlines; i++)
    {
      guint n_path;
      const ScapulaPathElement *path = scapula_muscle_map_get_outline (self->map, i, &n_path);

      append_path (self, cr, path, n_path);
      stroke (cr, &p->outline, 1.5 * line, FALSE);
    }

  cairo_destroy (cr);
}

/* Size ------------------------------------------------------------------- */

static GtkSizeRequestMode
scapula_anatomy_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
scapula_anatomy_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);
  double aspect = scapula_muscle_map_get_aspect (self->map);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      if (for_size >= 0)
        *natural = CLAMP ((int) floor ((for_size - 2 * PADDING) / aspect + 2 * PADDING),
                          MIN_WIDTH, NATURAL_WIDTH);
    }
  else
    {
      int width = for_size < 0 ? NATURAL_WIDTH : MIN (for_size, NATURAL_WIDTH);

      *minimum = (int) ceil ((MIN_WIDTH - 2 * PADDING) * aspect + 2 * PADDING);
      *natural = MAX (*minimum, (int) ceil ((width - 2 * PADDING) * aspect + 2 * PADDING));
    }
}

static void
scapula_anatomy_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);
  double aspect = scapula_muscle_map_get_aspect (self->map);
  double scale;

  scale = MIN (width - 2 * PADDING, (height - 2 * PADDING) / aspect);
  self->scale = MAX (scale, 0);
  self->offset_x = (width - self->scale) / 2;
  self->offset_y = (height - self->scale * aspect) / 2;
}

/* Input ------------------------------------------------------------------ */

/* Hovering lightens the whole muscle, so only a change of muscle redraws. */
static void
set_hovered (ScapulaAnatomyView *self,
             int                 region)
{
  gboolean redraw = region_muscle (self, self->hovered) != region_muscle (self, region);

  self->hovered = region;
  if (redraw)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (ScapulaAnatomyView       *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  set_hovered (self, region_at (self, x, y));
}

static void
leave_cb (ScapulaAnatomyView       *self,
          GtkEventControllerMotion *controller)
{
  set_hovered (self, -1);
}

static void
activate_region (ScapulaAnatomyView *self,
                 int                 region)
{
  ScapulaMuscle muscle;

  if (!self->selectable || region < 0)
    return;

  muscle = scapula_muscle_map_get_region (self->map, region)->muscle;
  scapula_anatomy_view_set_selected (self, muscle);
  g_signal_emit (self, signals[SIGNAL_MUSCLE_ACTIVATED], 0, (int) muscle);
}

static void
released_cb (ScapulaAnatomyView *self,
             int                 n_press,
             double              x,
             double              y,
             GtkGestureClick    *gesture)
{
  int region;

  if (!self->selectable)
    return;

  region = region_at (self, x, y);
  if (region < 0)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_cursor (self, region);
  activate_region (self, region);
}

static void
activate_cb (ScapulaAnatomyView *self)
{
  activate_region (self, self->cursor);
}

static void
move_cursor_cb (ScapulaAnatomyView *self,
                GtkDirectionType    direction)
{
  int next;

  if (!self->selectable || self->n_tab_order == 0)
    return;

  if (self->cursor < 0)
    {
      set_cursor (self, self->tab_order[0]);
      return;
    }

  next = find_neighbour (self, direction);
  if (next >= 0)
    set_cursor (self, next);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static gboolean
scapula_anatomy_view_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);
  int position;

  if (!self->selectable || self->n_tab_order == 0)
    return FALSE;

  if (!gtk_widget_is_focus (widget))
    {
      if (direction == GTK_DIR_TAB_BACKWARD)
        set_cursor (self, self->tab_order[self->n_tab_order - 1]);
      else if (direction == GTK_DIR_TAB_FORWARD || self->cursor < 0)
        set_cursor (self, self->tab_order[0]);

      gtk_widget_grab_focus (widget);
      return TRUE;
    }

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_TAB_BACKWARD:
      position = tab_position (self) + (direction == GTK_DIR_TAB_FORWARD ? 1 : -1);
      if (position < 0 || position >= (int) self->n_tab_order)
        return FALSE;
      set_cursor (self, self->tab_order[position]);
      return TRUE;

    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      move_cursor_cb (self, direction);
      return TRUE;
    }
}

static void
scapula_anatomy_view_state_flags_changed (GtkWidget     *widget,
                                          GtkStateFlags  previous)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (scapula_anatomy_view_parent_class)->state_flags_changed (widget, previous);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    {
      update_description (self);
      gtk_widget_queue_draw (widget);
    }
}

static gboolean
scapula_anatomy_view_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_tooltip,
                                    GtkTooltip *tooltip)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);
  const ScapulaMuscleRegion *region;
  int index = keyboard_tooltip ? self->cursor : region_at (self, x, y);
  double x1, y1, x2, y2;

  if (index < 0)
    return FALSE;

  region = scapula_muscle_map_get_region (self->map, index);
  gtk_tooltip_set_text (tooltip, scapula_muscle_get_label (region->muscle));

  _scapula_anatomy_view_map_to_widget (self, region->x1, region->y1, &x1, &y1);
  _scapula_anatomy_view_map_to_widget (self, region->x2, region->y2, &x2, &y2);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) floor (x1), (int) floor (y1),
                              (int) ceil (x2 - x1), (int) ceil (y2 - y1)
                            });

  return TRUE;
}

static void
scapula_anatomy_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (widget);

  GTK_WIDGET_CLASS (scapula_anatomy_view_parent_class)->css_changed (widget, change);

  update_palette (self);
  gtk_widget_queue_draw (widget);
}

/* GObject ---------------------------------------------------------------- */

static void
scapula_anatomy_view_dispose (GObject *object)
{
  ScapulaAnatomyView *self = (ScapulaAnatomyView *)object;

  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (scapula_anatomy_view_parent_class)->dispose (object);
}

static void
scapula_anatomy_view_finalize (GObject *object)
{
  ScapulaAnatomyView *self = (ScapulaAnatomyView *)object;

  g_clear_object (&self->map);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->tab_order, g_free);

  G_OBJECT_CLASS (scapula_anatomy_view_parent_class)->finalize (object);
}

static void
scapula_anatomy_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    case PROP_SELECTED:
      g_value_set_int (value, self->selected);
      break;

    case PROP_SELECTABLE:
      g_value_set_boolean (value, self->selectable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scapula_anatomy_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ScapulaAnatomyView *self = SCAPULA_ANATOMY_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      scapula_anatomy_view_set_exercise (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      scapula_anatomy_view_set_selected (self, g_value_get_int (value));
      break;

    case PROP_SELECTABLE:
      scapula_anatomy_view_set_selectable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass   *widget_class,
                  guint             keyval,
                  guint             keypad_keyval,
                  GtkDirectionType  direction)
{
  gtk_widget_class_add_binding_signal (widget_class, keyval, 0,
                                       "move-cursor", "(i)", direction);
  gtk_widget_class_add_binding_signal (widget_class, keypad_keyval, 0,
                                       "move-cursor", "(i)", direction);
}

static void
scapula_anatomy_view_class_init (ScapulaAnatomyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = scapula_anatomy_view_dispose;
  object_class->finalize = scapula_anatomy_view_finalize;
  object_class->get_property = scapula_anatomy_view_get_property;
  object_class->set_property = scapula_anatomy_view_set_property;

  widget_class->snapshot = scapula_anatomy_view_snapshot;
  widget_class->get_request_mode = scapula_anatomy_view_get_request_mode;
  widget_class->measure = scapula_anatomy_view_measure;
  widget_class->size_allocate = scapula_anatomy_view_size_allocate;
  widget_class->focus = scapula_anatomy_view_focus;
  widget_class->state_flags_changed = scapula_anatomy_view_state_flags_changed;
  widget_class->query_tooltip = scapula_anatomy_view_query_tooltip;
  widget_class->css_changed = scapula_anatomy_view_css_changed;

  /**
   * ScapulaAnatomyView:exercise:
   *
   * The exercise whose muscles are highlighted: primary ones at level 1,
   * secondary ones at 0.5.
   */
  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         SCAPULA_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaAnatomyView:selected:
   *
   * The selected #ScapulaMuscle, or -1 for none.
   */
  properties[PROP_SELECTED] =
    g_param_spec_int ("selected", NULL, NULL,
                      -1, SCAPULA_N_MUSCLES - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ScapulaAnatomyView:selectable:
   *
   * Whether clicks and the keyboard select muscles. When off, the diagram
   * only shows and names muscles and does not take focus.
   */
  properties[PROP_SELECTABLE] =
    g_param_spec_boolean ("selectable", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScapulaAnatomyView::muscle-activated:
   * @self: the view
   * @muscle: the #ScapulaMuscle, as an int
   *
   * The user clicked a muscle, or pressed Enter or space on the one with
   * the keyboard cursor. The muscle is already selected.
   */
  signals[SIGNAL_MUSCLE_ACTIVATED] =
    g_signal_new ("muscle-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * ScapulaAnatomyView::activate:
   *
   * Keybinding signal (Enter, space): activates the muscle under the
   * keyboard cursor. Also what gtk_widget_activate() emits.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new_class_handler ("activate",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (activate_cb),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 0);

  /**
   * ScapulaAnatomyView::move-cursor:
   * @self: the view
   * @direction: a #GtkDirectionType, as an int
   *
   * Keybinding signal (arrow keys): moves the keyboard cursor to the
   * nearest muscle in @direction.
   */
  signals[SIGNAL_MOVE_CURSOR] =
    g_signal_new_class_handler ("move-cursor",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (move_cursor_cb),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_activate_signal (widget_class, signals[SIGNAL_ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN);

  gtk_widget_class_set_css_name (widget_class, "anatomy-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
scapula_anatomy_view_init (ScapulaAnatomyView *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->map = get_shared_map ();
  self->selected = -1;
  self->hovered = -1;
  self->cursor = -1;
  self->selectable = TRUE;
  build_tab_order (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back muscles"),
                                  -1);
  update_description (self);
  update_palette (self);
}

/* Public API ------------------------------------------------------------- */

GtkWidget *
scapula_anatomy_view_new (void)
{
  return g_object_new (SCAPULA_TYPE_ANATOMY_VIEW, NULL);
}

/**
 * scapula_anatomy_view_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
ScapulaExercise *
scapula_anatomy_view_get_exercise (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), NULL);

  return self->exercise;
}

static void
reset_levels (ScapulaAnatomyView *self)
{
  memset (self->levels, 0, sizeof self->levels);
  self->n_order = 0;
}

static void
store_level (ScapulaAnatomyView *self,
             ScapulaMuscle       muscle,
             double              level)
{
  gboolean was_on = self->levels[muscle] > 0;

  self->levels[muscle] = level;

  if (level > 0 && !was_on)
    {
      self->order[self->n_order++] = muscle;
    }
  else if (level <= 0 && was_on)
    {
      for (guint i = 0; i < self->n_order; i++)
        {
          if (self->order[i] == muscle)
            {
              memmove (&self->order[i], &self->order[i + 1],
                       (self->n_order - i - 1) * sizeof self->order[0]);
              self->n_order--;
              break;
            }
        }
    }
}

/**
 * scapula_anatomy_view_set_exercise:
 * @exercise: (nullable): the exercise to show
 *
 * Highlights the exercise's primary muscles strongly (level 1) and its
 * secondary muscles softly (level 0.5), replacing any levels set with
 * scapula_anatomy_view_set_intensity(). %NULL clears the highlight.
 */
void
scapula_anatomy_view_set_exercise (ScapulaAnatomyView *self,
                                   ScapulaExercise    *exercise)
{
  double old_levels[SCAPULA_N_MUSCLES];
  const ScapulaMuscleLoad *loads;
  guint n_loads = 0;

  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));
  g_return_if_fail (exercise == NULL || SCAPULA_IS_EXERCISE (exercise));

  memcpy (old_levels, self->levels, sizeof old_levels);
  reset_levels (self);
  if (exercise != NULL)
    {
      loads = scapula_exercise_get_muscles (exercise, &n_loads);
      for (guint i = 0; i < n_loads; i++)
        store_level (self, loads[i].muscle,
                     loads[i].role == SCAPULA_MUSCLE_ROLE_PRIMARY ? 1.0 : 0.5);
    }

  update_description (self);
  if (memcmp (old_levels, self->levels, sizeof old_levels) != 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));

  if (g_set_object (&self->exercise, exercise))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

double
scapula_anatomy_view_get_intensity (ScapulaAnatomyView *self,
                                    ScapulaMuscle       muscle)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), 0);
  g_return_val_if_fail (muscle < SCAPULA_N_MUSCLES, 0);

  return self->levels[muscle];
}

/**
 * scapula_anatomy_view_set_intensity:
 * @muscle: the muscle
 * @level: from 0 (not highlighted) to 1 (full accent colour)
 *
 * Sets how strongly one muscle is highlighted, for views that colour the
 * diagram by something other than one exercise. In the accessible
 * description, levels from 0.75 count as primary and lower ones as
 * secondary.
 */
void
scapula_anatomy_view_set_intensity (ScapulaAnatomyView *self,
                                    ScapulaMuscle       muscle,
                                    double              level)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));
  g_return_if_fail (muscle < SCAPULA_N_MUSCLES);

  level = CLAMP (level, 0.0, 1.0);
  if (self->levels[muscle] == level)
    return;

  store_level (self, muscle, level);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * scapula_anatomy_view_clear:
 *
 * Removes every highlight and the exercise. The selection stays.
 */
void
scapula_anatomy_view_clear (ScapulaAnatomyView *self)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));

  scapula_anatomy_view_set_exercise (self, NULL);
}

int
scapula_anatomy_view_get_selected (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), -1);

  return self->selected;
}

/**
 * scapula_anatomy_view_set_selected:
 * @muscle: a #ScapulaMuscle, or -1 for none
 *
 * Selects a muscle; it gets a ring in the accent colour. Muscles that the
 * diagram does not show (biceps, say) can be selected but draw nothing.
 */
void
scapula_anatomy_view_set_selected (ScapulaAnatomyView *self,
                                   int                 muscle)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));
  g_return_if_fail (muscle >= -1 && muscle < SCAPULA_N_MUSCLES);

  if (self->selected == muscle)
    return;

  self->selected = muscle;
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * scapula_anatomy_view_shows_muscle:
 * @muscle: a muscle
 *
 * Returns: whether the diagram draws @muscle (the biceps, say, it does not)
 */
gboolean
scapula_anatomy_view_shows_muscle (ScapulaAnatomyView *self,
                                   ScapulaMuscle       muscle)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), FALSE);
  g_return_val_if_fail (muscle < SCAPULA_N_MUSCLES, FALSE);

  return scapula_muscle_map_has_muscle (self->map, muscle);
}

/**
 * scapula_anatomy_view_get_summary:
 *
 * Returns: (nullable): the summary set with
 *   scapula_anatomy_view_set_summary(), or %NULL
 */
const char *
scapula_anatomy_view_get_summary (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), NULL);

  return self->summary;
}

/**
 * scapula_anatomy_view_set_summary:
 * @summary: (nullable): one or more sentences, or %NULL
 *
 * Sets what the accessible description says about the highlighted
 * muscles, for views whose levels mean something other than primary and
 * secondary (sets per muscle, say). The selected and focused muscles are
 * still named after it. %NULL goes back to naming the primary and
 * secondary muscles.
 */
void
scapula_anatomy_view_set_summary (ScapulaAnatomyView *self,
                                  const char         *summary)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  update_description (self);
}

/**
 * scapula_anatomy_view_get_level_color:
 * @level: a highlight level, from 0 to 1
 * @color: (out caller-allocates): the fill a muscle at @level gets
 *
 * The colour the diagram fills a muscle with at @level (hovering aside),
 * from the current theme, so a legend can show the same colours. It
 * changes with the style: redraw a legend when the diagram's style does.
 */
void
scapula_anatomy_view_get_level_color (ScapulaAnatomyView *self,
                                      double              level,
                                      GdkRGBA            *color)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));
  g_return_if_fail (color != NULL);

  *color = level_fill (self, CLAMP (level, 0.0, 1.0));
}

gboolean
scapula_anatomy_view_get_selectable (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), FALSE);

  return self->selectable;
}

void
scapula_anatomy_view_set_selectable (ScapulaAnatomyView *self,
                                     gboolean            selectable)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));

  selectable = !!selectable;
  if (self->selectable == selectable)
    return;

  self->selectable = selectable;
  gtk_widget_set_focusable (GTK_WIDGET (self), selectable);
  if (!selectable)
    set_cursor (self, -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTABLE]);
}

/* Private ---------------------------------------------------------------- */

ScapulaMuscleMap *
_scapula_anatomy_view_get_map (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), NULL);

  return self->map;
}

const char *
_scapula_anatomy_view_get_description (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), NULL);

  return self->description;
}

/* Where a map point is drawn, in widget coordinates, after the last
 * allocation. */
void
_scapula_anatomy_view_map_to_widget (ScapulaAnatomyView *self,
                                     double              map_x,
                                     double              map_y,
                                     double             *widget_x,
                                     double             *widget_y)
{
  g_return_if_fail (SCAPULA_IS_ANATOMY_VIEW (self));

  *widget_x = self->offset_x + map_x * self->scale;
  *widget_y = self->offset_y + map_y * self->scale;
}

int
_scapula_anatomy_view_get_cursor (ScapulaAnatomyView *self)
{
  g_return_val_if_fail (SCAPULA_IS_ANATOMY_VIEW (self), -1);

  return self->cursor;
}
