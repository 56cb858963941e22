/* scapula-muscle-map.c
 *
 * Copyright 2026 The Scapula developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "scapula-muscle-map"

#include "config.h"

#include <math.h>
#include <string.h>

#include "scapula-enums.h"
#include "scapula-markup.h"
#include "scapula-init.h"
#include "scapula-muscle-map.h"
#include "scapula-vocabulary.h"

/**
 * ScapulaMuscleMap:
 *
 * The geometry of the back diagram, read from anatomy/back.xml in the
 * app's resources: the body's silhouette, one region per muscle and side
 * that can be picked, and details that are only drawn. Coordinates are in
 * a box 1 wide and #ScapulaMuscleMap:aspect tall.
 *
 * Paths use a strict subset of SVG path data (absolute M, L, C and Z).
 * Curves are flattened to polygons once, when the file is read, so hit
 * testing is a point-in-polygon test (even-odd) and needs no drawing
 * library. The map never changes after loading.
 */

/* Segments per cubic curve when flattening; the map is drawn a few hundred
 * pixels tall, where 16 chords stay well under a pixel off the curve. */
#define CURVE_STEPS 16

typedef struct
{
  ScapulaPathElement *path;        /* owned */
  guint               n_path;
  double             *xy;          /* owned: flattened points, x and y interleaved */
  guint              *ends;        /* owned: index after each subpath's last point */
  guint               n_subpaths;
  double              x1, y1, x2, y2;
} Shape;

struct _ScapulaMuscleMap
{
  GObject  parent_instance;

  double           aspect;
  ScapulaBodySide  superficial_side;
  GArray          *outlines;       /* of Shape */
  GArray          *regions;        /* of ScapulaMuscleRegion */
  GArray          *region_shapes;  /* of Shape, parallel to regions */
  GArray          *details;        /* of ScapulaMapDetail, names owned */
  GArray          *detail_shapes;  /* of Shape, parallel to details */
};

G_DEFINE_FINAL_TYPE (ScapulaMuscleMap, scapula_muscle_map, G_TYPE_OBJECT)

G_DEFINE_QUARK (scapula-muscle-map-error-quark, scapula_muscle_map_error)

/* Shapes ----------------------------------------------------------------- */

static void
shape_clear (gpointer data)
{
  Shape *shape = data;

  g_clear_pointer (&shape->path, g_free);
  g_clear_pointer (&shape->xy, g_free);
  g_clear_pointer (&shape->ends, g_free);
}

static void
flatten_point (GArray *xy,
               double  x,
               double  y)
{
  g_array_append_val (xy, x);
  g_array_append_val (xy, y);
}

static void
end_subpath (GArray *xy,
             GArray *ends,
             guint   start)
{
  guint n = xy->len / 2;

  if (n > start)
    g_array_append_val (ends, n);
}

/* Turns the path into polygons, one per subpath, and measures its extents. */
static void
shape_flatten (Shape *shape)
{
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  double cx = 0, cy = 0, sx = 0, sy = 0;
  guint start = 0;

  for (guint i = 0; i < shape->n_path; i++)
    {
      const ScapulaPathElement *e = &shape->path[i];

      switch (e->op)
        {
        case SCAPULA_PATH_MOVE_TO:
          end_subpath (xy, ends, start);
          start = xy->len / 2;
          sx = cx = e->x[0];
          sy = cy = e->y[0];
          flatten_point (xy, cx, cy);
          break;

        case SCAPULA_PATH_LINE_TO:
          cx = e->x[0];
          cy = e->y[0];
          flatten_point (xy, cx, cy);
          break;

        case SCAPULA_PATH_CURVE_TO:
          for (guint step = 1; step <= CURVE_STEPS; step++)
            {
              double t = (double) step / CURVE_STEPS;
              double u = 1 - t;
              double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;

              flatten_point (xy,
                             a * cx + b * e->x[0] + c * e->x[1] + d * e->x[2],
                             a * cy + b * e->y[0] + c * e->y[1] + d * e->y[2]);
            }
          cx = e->x[2];
          cy = e->y[2];
          break;

        case SCAPULA_PATH_CLOSE:
          end_subpath (xy, ends, start);
          start = xy->len / 2;
          cx = sx;
          cy = sy;
          break;

        default:
          g_assert_not_reached ();
        }
    }
  end_subpath (xy, ends, start);

  shape->x1 = shape->y1 = G_MAXDOUBLE;
  shape->x2 = shape->y2 = -G_MAXDOUBLE;
  for (guint i = 0; i + 1 < xy->len; i += 2)
    {
      double x = g_array_index (xy, double, i);
      double y = g_array_index (xy, double, i + 1);

      shape->x1 = MIN (shape->x1, x);
      shape->y1 = MIN (shape->y1, y);
      shape->x2 = MAX (shape->x2, x);
      shape->y2 = MAX (shape->y2, y);
    }

  shape->n_subpaths = ends->len;
  shape->ends = (guint *) (gpointer) g_array_free (g_steal_pointer (&ends), FALSE);
  shape->xy = (double *) (gpointer) g_array_free (g_steal_pointer (&xy), FALSE);
}

/* Even-odd rule over all subpaths, each closed back to its start. */
static gboolean
shape_contains (const Shape *shape,
                double       x,
                double       y)
{
  gboolean inside = FALSE;
  guint start = 0;

  if (x < shape->x1 || x > shape->x2 || y < shape->y1 || y > shape->y2)
    return FALSE;

  for (guint s = 0; s < shape->n_subpaths; s++)
    {
      guint end = shape->ends[s];

      for (guint i = start, j = end - 1; i < end; j = i++)
        {
          double xi = shape->xy[2 * i], yi = shape->xy[2 * i + 1];
          double xj = shape->xy[2 * j], yj = shape->xy[2 * j + 1];

          if ((yi > y) != (yj > y) &&
              x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        }

      start = end;
    }

  return inside;
}

/* Parsing ---------------------------------------------------------------- */

typedef struct
{
  ScapulaMuscleMap *map;
  gboolean          seen_root;
} ParseState;

#define set_error(context, error, ...) \
  scapula_markup_set_error (context, error, SCAPULA_MUSCLE_MAP_ERROR, SCAPULA_MUSCLE_MAP_ERROR_INVALID, __VA_ARGS__)

static gboolean
parse_double (GMarkupParseContext *context,
              const char          *name,
              const char          *value,
              double              *out,
              GError             **error)
{
  char *end = NULL;

  *out = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (*out))
    {
      set_error (context, error, "%s must be a number, not “%s”", name, value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_token (GMarkupParseContext *context,
             const char          *name,
             const char          *value,
             const char * const  *tokens,
             int                 *out,
             GError             **error)
{
  for (int i = 0; tokens[i] != NULL; i++)
    {
      if (g_strcmp0 (value, tokens[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  set_error (context, error, "unknown %s “%s”", name, value);
  return FALSE;
}

static const char * const side_tokens[] = { "left", "right", "center", NULL };
static const char * const layer_tokens[] = { "superficial", "deep", NULL };
static const char * const detail_tokens[] = { "muscle", "bone", "contour", "fibre", NULL };

static gboolean
is_separator (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',';
}

static gboolean
in_picture (ScapulaMuscleMap *map,
            double            x,
            double            y)
{
  const double slack = 1e-9;

  return x >= -slack && x <= 1 + slack && y >= -slack && y <= map->aspect + slack;
}

/* Reads the numbers after a command letter. */
static gboolean
parse_numbers (GMarkupParseContext  *context,
               ScapulaMuscleMap     *map,
               const char          **p,
               char                  command,
               double               *numbers,
               guint                 n_numbers,
               GError              **error)
{
  for (guint i = 0; i < n_numbers; i++)
    {
      char *end = NULL;

      while (is_separator (**p))
        (*p)++;

      numbers[i] = g_ascii_strtod (*p, &end);
      if (end == *p || !isfinite (numbers[i]) ||
          (*end != '\0' && !is_separator (*end) && !g_ascii_isalpha (*end)))
        {
          set_error (context, error, "bad path: %c needs %u numbers, found “%.12s”",
                     command, n_numbers, *p);
          return FALSE;
        }
      *p = end;
    }

  for (guint i = 0; i < n_numbers; i += 2)
    {
      if (!in_picture (map, numbers[i], numbers[i + 1]))
        {
          set_error (context, error, "bad path: point (%g, %g) is outside the picture",
                     numbers[i], numbers[i + 1]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
next_is_number (const char *p)
{
  while (is_separator (*p))
    p++;

  return *p != '\0' && !g_ascii_isalpha (*p);
}

/* Parses SVG path data limited to absolute M, L, C and Z. As in SVG, a
 * command's numbers may repeat (extra pairs after M are lines). */
static gboolean
parse_path (GMarkupParseContext *context,
            ScapulaMuscleMap    *map,
            const char          *d,
            Shape               *shape,
            GError             **error)
{
  g_autoptr(GArray) elements = g_array_new (FALSE, TRUE, sizeof (ScapulaPathElement));
  const char *p = d;
  gboolean need_move = TRUE;

  for (;;)
    {
      char command;

      while (is_separator (*p))
        p++;
      if (*p == '\0')
        break;

      command = *p;
      if (!g_ascii_isalpha (command))
        {
          set_error (context, error, "bad path: expected a command at “%.12s”", p);
          return FALSE;
        }
      if (strchr ("MLCZ", command) == NULL)
        {
          set_error (context, error, "bad path: unsupported command “%c” (only M, L, C and Z)",
                     command);
          return FALSE;
        }
      if (need_move && command != 'M')
        {
          set_error (context, error, "bad path: “%c” before M", command);
          return FALSE;
        }
      p++;

      if (command == 'Z')
        {
          ScapulaPathElement e = { SCAPULA_PATH_CLOSE };

          g_array_append_val (elements, e);
          need_move = TRUE;
          continue;
        }

      do
        {
          ScapulaPathElement e = { 0 };
          double n[6];

          if (command == 'C')
            {
              if (!parse_numbers (context, map, &p, command, n, 6, error))
                return FALSE;
              e.op = SCAPULA_PATH_CURVE_TO;
              for (guint i = 0; i < 3; i++)
                {
                  e.x[i] = n[2 * i];
                  e.y[i] = n[2 * i + 1];
                }
            }
          else
            {
              if (!parse_numbers (context, map, &p, command, n, 2, error))
                return FALSE;
              e.op = command == 'M' && need_move ? SCAPULA_PATH_MOVE_TO : SCAPULA_PATH_LINE_TO;
              e.x[0] = n[0];
              e.y[0] = n[1];
            }

          g_array_append_val (elements, e);
          need_move = FALSE;
        }
      while (next_is_number (p));
    }

  if (elements->len == 0)
    {
      set_error (context, error, "bad path: it is empty");
      return FALSE;
    }

  shape->n_path = elements->len;
  shape->path = (ScapulaPathElement *) (gpointer) g_array_free (g_steal_pointer (&elements), FALSE);
  shape_flatten (shape);

  return TRUE;
}

static void
start_root (GMarkupParseContext  *context,
            ParseState           *state,
            const char          **names,
            const char          **values,
            GError              **error)
{
  const char *version, *aspect, *side;
  int side_v;

  if (!g_markup_collect_attributes ("anatomy", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "version", &version,
                                    G_MARKUP_COLLECT_STRING, "aspect", &aspect,
                                    G_MARKUP_COLLECT_STRING, "superficial-side", &side,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (g_strcmp0 (version, "1") != 0)
    {
      set_error (context, error, "unsupported anatomy version “%s”", version);
      return;
    }

  if (!parse_double (context, "aspect", aspect, &state->map->aspect, error))
    return;
  if (state->map->aspect <= 0 || state->map->aspect > 10)
    {
      set_error (context, error, "aspect %g is not between 0 and 10", state->map->aspect);
      return;
    }

  if (!parse_token (context, "side", side, side_tokens, &side_v, error))
    return;
  if (side_v == SCAPULA_BODY_SIDE_CENTER)
    {
      set_error (context, error, "the superficial side is left or right");
      return;
    }

  state->map->superficial_side = side_v;
  state->seen_root = TRUE;
}

static void
start_outline (GMarkupParseContext  *context,
               ParseState           *state,
               const char          **names,
               const char          **values,
               GError              **error)
{
  Shape shape = { 0 };
  const char *d;

  if (!g_markup_collect_attributes ("outline", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "d", &d,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (parse_path (context, state->map, d, &shape, error))
    g_array_append_val (state->map->outlines, shape);
}

static void
start_region (GMarkupParseContext  *context,
              ParseState           *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  ScapulaMuscleRegion region = { 0 };
  Shape shape = { 0 };
  const char *muscle, *side, *layer, *label_x, *label_y, *d;
  int muscle_v, side_v, layer_v;

  if (!g_markup_collect_attributes ("region", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "muscle", &muscle,
                                    G_MARKUP_COLLECT_STRING, "side", &side,
                                    G_MARKUP_COLLECT_STRING, "layer", &layer,
                                    G_MARKUP_COLLECT_STRING, "label-x", &label_x,
                                    G_MARKUP_COLLECT_STRING, "label-y", &label_y,
                                    G_MARKUP_COLLECT_STRING, "d", &d,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!scapula_enum_from_nick (SCAPULA_TYPE_MUSCLE, muscle, &muscle_v))
    {
      set_error (context, error, "unknown muscle “%s”", muscle);
      return;
    }

  if (!parse_token (context, "side", side, side_tokens, &side_v, error) ||
      !parse_token (context, "layer", layer, layer_tokens, &layer_v, error) ||
      !parse_double (context, "label-x", label_x, &region.label_x, error) ||
      !parse_double (context, "label-y", label_y, &region.label_y, error) ||
      !parse_path (context, state->map, d, &shape, error))
    return;

  if (!shape_contains (&shape, region.label_x, region.label_y))
    {
      set_error (context, error, "the label point (%g, %g) of “%s” is not inside its region",
                 region.label_x, region.label_y, muscle);
      shape_clear (&shape);
      return;
    }

  region.muscle = muscle_v;
  region.side = side_v;
  region.layer = layer_v;
  region.path = shape.path;
  region.n_path = shape.n_path;
  region.x1 = shape.x1;
  region.y1 = shape.y1;
  region.x2 = shape.x2;
  region.y2 = shape.y2;

  g_array_append_val (state->map->regions, region);
  g_array_append_val (state->map->region_shapes, shape);
}

static void
start_detail (GMarkupParseContext  *context,
              ParseState           *state,
              const char          **names,
              const char          **values,
              GError              **error)
{
  ScapulaMapDetail detail = { 0 };
  Shape shape = { 0 };
  const char *kind, *name, *d;
  int kind_v;

  if (!g_markup_collect_attributes ("detail", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "kind", &kind,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "name", &name,
                                    G_MARKUP_COLLECT_STRING, "d", &d,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_token (context, "detail kind", kind, detail_tokens, &kind_v, error) ||
      !parse_path (context, state->map, d, &shape, error))
    return;

  detail.kind = kind_v;
  detail.name = g_strdup (name);
  detail.path = shape.path;
  detail.n_path = shape.n_path;

  g_array_append_val (state->map->details, detail);
  g_array_append_val (state->map->detail_shapes, shape);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next != NULL ? stack->next->data : NULL;

  if (parent == NULL && g_strcmp0 (element, "anatomy") == 0)
    start_root (context, state, names, values, error);
  else if (g_strcmp0 (parent, "anatomy") != 0 || stack->next->next != NULL)
    set_error (context, error, "unexpected element <%s>", element);
  else if (g_strcmp0 (element, "outline") == 0)
    start_outline (context, state, names, values, error);
  else if (g_strcmp0 (element, "region") == 0)
    start_region (context, state, names, values, error);
  else if (g_strcmp0 (element, "detail") == 0)
    start_detail (context, state, names, values, error);
  else
    set_error (context, error, "unexpected element <%s>", element);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  start_element (context, element, names, values, user_data, error);

  scapula_markup_prefix_position (context, error);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          set_error (context, error, "unexpected text");
          return;
        }
    }
}

static const GMarkupParser anatomy_parser = {
  start_element_cb,
  NULL,
  text_cb,
  NULL,
  NULL,
};

/* GObject ---------------------------------------------------------------- */

static void
scapula_muscle_map_finalize (GObject *object)
{
  ScapulaMuscleMap *self = (ScapulaMuscleMap *)object;

  for (guint i = 0; i < self->details->len; i++)
    g_free ((char *) g_array_index (self->details, ScapulaMapDetail, i).name);

  g_clear_pointer (&self->outlines, g_array_unref);
  g_clear_pointer (&self->regions, g_array_unref);
  g_clear_pointer (&self->region_shapes, g_array_unref);
  g_clear_pointer (&self->details, g_array_unref);
  g_clear_pointer (&self->detail_shapes, g_array_unref);

  G_OBJECT_CLASS (scapula_muscle_map_parent_class)->finalize (object);
}

static void
scapula_muscle_map_class_init (ScapulaMuscleMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scapula_muscle_map_finalize;
}

static GArray *
shape_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (Shape));

  g_array_set_clear_func (array, shape_clear);
  return array;
}

static void
scapula_muscle_map_init (ScapulaMuscleMap *self)
{
  self->aspect = 1;
  self->outlines = shape_array_new ();
  self->regions = g_array_new (FALSE, TRUE, sizeof (ScapulaMuscleRegion));
  self->region_shapes = shape_array_new ();
  self->details = g_array_new (FALSE, TRUE, sizeof (ScapulaMapDetail));
  self->detail_shapes = shape_array_new ();
}

/* Public API ------------------------------------------------------------- */

/**
 * scapula_muscle_map_new_from_bytes:
 * @bytes: the contents of an anatomy file
 * @error: return location for a #GError
 *
 * Parses and checks an anatomy file. Unknown elements, attributes, muscles
 * or tokens, bad path data, points outside the picture and label points
 * outside their region are errors that name the line.
 *
 * Returns: (transfer full): a new map, or %NULL on error
 */
ScapulaMuscleMap *
scapula_muscle_map_new_from_bytes (GBytes  *bytes,
                                   GError **error)
{
  g_autoptr(ScapulaMuscleMap) self = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseState state = { 0 };
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SCAPULA_TYPE_MUSCLE_MAP, NULL);
  state.map = self;

  data = g_bytes_get_data (bytes, &len);
  context = g_markup_parse_context_new (&anatomy_parser, G_MARKUP_DEFAULT_FLAGS, &state, NULL);
  if (!g_markup_parse_context_parse (context, data, len, error) ||
      !g_markup_parse_context_end_parse (context, error))
    return NULL;

  if (!state.seen_root)
    {
      g_set_error_literal (error, SCAPULA_MUSCLE_MAP_ERROR, SCAPULA_MUSCLE_MAP_ERROR_INVALID,
                           "not an anatomy file");
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * scapula_muscle_map_new_default:
 *
 * Loads the back diagram that ships in the app's resources. The test suite
 * checks it at build time, so failing to load it is a programming error.
 *
 * Returns: (transfer full): the shipped map
 */
ScapulaMuscleMap *
scapula_muscle_map_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ScapulaMuscleMap *self;

  scapula_ensure_resources ();

  bytes = g_resources_lookup_data (RESOURCE_BASE "/anatomy/back.xml",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    self = scapula_muscle_map_new_from_bytes (bytes, &error);
  else
    self = NULL;

  if (self == NULL)
    g_error ("The shipped anatomy map does not load: %s", error->message);

  return self;
}

/**
 * scapula_muscle_map_get_aspect:
 *
 * Returns: the picture's height divided by its width
 */
double
scapula_muscle_map_get_aspect (ScapulaMuscleMap *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), 1);

  return self->aspect;
}

/**
 * scapula_muscle_map_get_superficial_side:
 *
 * The half of the picture that shows the superficial layer; the other
 * half shows the deep layer (the anatomy-book convention).
 *
 * Returns: %SCAPULA_BODY_SIDE_LEFT or %SCAPULA_BODY_SIDE_RIGHT
 */
ScapulaBodySide
scapula_muscle_map_get_superficial_side (ScapulaMuscleMap *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), SCAPULA_BODY_SIDE_LEFT);

  return self->superficial_side;
}

guint
scapula_muscle_map_get_n_outlines (ScapulaMuscleMap *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), 0);

  return self->outlines->len;
}

/**
 * scapula_muscle_map_get_outline:
 * @index: which outline, below scapula_muscle_map_get_n_outlines()
 * @n_path: (out): the number of elements
 *
 * An outline is a silhouette of the body, filled as the base of the
 * picture.
 *
 * Returns: (transfer none) (array length=n_path): the outline's path
 */
const ScapulaPathElement *
scapula_muscle_map_get_outline (ScapulaMuscleMap *self,
                                guint             index,
                                guint            *n_path)
{
  const Shape *shape;

  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), NULL);
  g_return_val_if_fail (index < self->outlines->len, NULL);
  g_return_val_if_fail (n_path != NULL, NULL);

  shape = &g_array_index (self->outlines, Shape, index);
  *n_path = shape->n_path;
  return shape->path;
}

/**
 * scapula_muscle_map_get_n_regions:
 *
 * Returns: the number of regions; region indices are also the drawing
 *   order, later ones on top
 */
guint
scapula_muscle_map_get_n_regions (ScapulaMuscleMap *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), 0);

  return self->regions->len;
}

/**
 * scapula_muscle_map_get_region:
 *
 * Returns: (transfer none): the region at @index, valid as long as @self
 */
const ScapulaMuscleRegion *
scapula_muscle_map_get_region (ScapulaMuscleMap *self,
                               guint             index)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), NULL);
  g_return_val_if_fail (index < self->regions->len, NULL);

  return &g_array_index (self->regions, ScapulaMuscleRegion, index);
}

guint
scapula_muscle_map_get_n_details (ScapulaMuscleMap *self)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), 0);

  return self->details->len;
}

/**
 * scapula_muscle_map_get_detail:
 *
 * Returns: (transfer none): the detail at @index, in file order
 */
const ScapulaMapDetail *
scapula_muscle_map_get_detail (ScapulaMuscleMap *self,
                               guint             index)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), NULL);
  g_return_val_if_fail (index < self->details->len, NULL);

  return &g_array_index (self->details, ScapulaMapDetail, index);
}

/**
 * scapula_muscle_map_region_contains:
 *
 * Whether the point (@x, @y) lies inside the region's shape, whether or
 * not a later region covers it there.
 */
gboolean
scapula_muscle_map_region_contains (ScapulaMuscleMap *self,
                                    guint             index,
                                    double            x,
                                    double            y)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), FALSE);
  g_return_val_if_fail (index < self->regions->len, FALSE);

  return shape_contains (&g_array_index (self->region_shapes, Shape, index), x, y);
}

/**
 * scapula_muscle_map_hit_test:
 * @x: x in map coordinates
 * @y: y in map coordinates
 *
 * Finds the region drawn on top at a point.
 *
 * Returns: the index of the topmost region containing the point, or -1
 */
int
scapula_muscle_map_hit_test (ScapulaMuscleMap *self,
                             double            x,
                             double            y)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), -1);

  for (guint i = self->region_shapes->len; i > 0; i--)
    {
      if (shape_contains (&g_array_index (self->region_shapes, Shape, i - 1), x, y))
        return (int) i - 1;
    }

  return -1;
}

/**
 * scapula_muscle_map_has_muscle:
 *
 * Returns: whether at least one region shows @muscle
 */
gboolean
scapula_muscle_map_has_muscle (ScapulaMuscleMap *self,
                               ScapulaMuscle     muscle)
{
  g_return_val_if_fail (SCAPULA_IS_MUSCLE_MAP (self), FALSE);

  for (guint i = 0; i < self->regions->len; i++)
    {
      if (g_array_index (self->regions, ScapulaMuscleRegion, i).muscle == muscle)
        return TRUE;
    }

  return FALSE;
}
